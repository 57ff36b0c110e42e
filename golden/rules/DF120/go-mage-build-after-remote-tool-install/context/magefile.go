//go:build mage

package main

import "github.com/magefile/mage/sh"

// Build builds the binary.
func Build() error { return sh.Run("go", "build", "-o", "app", ".") }
