defmodule Shop.MixProject do
  use Mix.Project

  def project do
    [app: :shop, version: "0.1.0", elixir: "~> 1.15", deps: deps()]
  end

  defp deps do
    [{:plug_cowboy, "~> 2.6"}, {:jason, "~> 1.4"}]
  end
end
