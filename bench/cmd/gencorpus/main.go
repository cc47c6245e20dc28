// Command gencorpus writes the strict-JSON corpora bench/compare.sh times:
// gencorpus DIR N writes N settings files of 3 entries each under DIR.
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/qalint/qalint/bench"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus DIR N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err == nil {
		err = bench.WriteCorpus(os.Args[1], n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
