package main

import "os"

func main() { _, _ = os.ReadFile("config/main.yml") }
