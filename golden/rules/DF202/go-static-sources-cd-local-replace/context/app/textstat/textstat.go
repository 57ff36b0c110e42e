// Package textstat counts words: the library the service takes through a local `replace`.
package textstat

import "sort"

// Count is one word and how often it occurs.
type Count struct {
	Word string
	N    int
}

// Top returns the n most frequent words, the most frequent first, ties in alphabetical order.
func Top(words []string, n int) []Count {
	seen := map[string]int{}
	for _, w := range words {
		seen[w]++
	}
	counts := make([]Count, 0, len(seen))
	for w, c := range seen {
		counts = append(counts, Count{w, c})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].N != counts[j].N {
			return counts[i].N > counts[j].N
		}
		return counts[i].Word < counts[j].Word
	})
	if n < len(counts) {
		counts = counts[:n]
	}
	return counts
}
