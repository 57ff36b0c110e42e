defmodule Web.MixProject do
  use Mix.Project
end
