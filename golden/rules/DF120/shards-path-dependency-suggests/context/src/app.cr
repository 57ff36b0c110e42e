require "util"
