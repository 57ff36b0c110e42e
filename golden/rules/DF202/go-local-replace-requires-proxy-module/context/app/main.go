// wordcount: `wordcount top N WORD...` prints the N most frequent words; `wordcount version`.
package main

import (
	"fmt"
	"os"
	"strconv"

	"example.com/textstat"
)

func main() {
	args := os.Args[1:]
	if len(args) == 1 && args[0] == "version" {
		fmt.Println("wordcount 1.4 (textstat local)")
		return
	}
	if len(args) < 2 || args[0] != "top" {
		fmt.Fprintln(os.Stderr, "usage: wordcount top N WORD... | version")
		os.Exit(2)
	}
	n, err := strconv.Atoi(args[1])
	if err != nil || n < 1 {
		fmt.Fprintf(os.Stderr, "wordcount: bad count %q\n", args[1])
		os.Exit(2)
	}
	for _, c := range textstat.Top(args[2:], n) {
		fmt.Printf("%d %s\n", c.N, c.Word)
	}
}
