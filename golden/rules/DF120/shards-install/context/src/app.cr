require "kemal"
