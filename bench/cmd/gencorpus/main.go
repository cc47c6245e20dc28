// Command gencorpus writes the corpora bench/compare.sh times:
//
//	gencorpus DIR N            N strict-JSON settings files of 3 entries each
//	gencorpus -tolerant DIR N  the same content with every tolerance fix rewrites
//	gencorpus -huge DIR        one file per place a 10 MiB value can stand
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/qalint/qalint/bench"
)

func main() {
	tolerant := flag.Bool("tolerant", false, "write tolerant (fixable) files")
	huge := flag.Bool("huge", false, "write files with one 10 MiB value each")
	flag.Parse()
	err := run(*tolerant, *huge, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

func run(tolerant, huge bool, args []string) error {
	if huge {
		if len(args) != 1 {
			return fmt.Errorf("usage: gencorpus -huge DIR")
		}
		if err := os.MkdirAll(args[0], 0o755); err != nil {
			return err
		}
		for name, src := range bench.HugeValues(10 << 20) {
			if err := os.WriteFile(filepath.Join(args[0], name+".json"), src, 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	if len(args) != 2 {
		return fmt.Errorf("usage: gencorpus [-tolerant] DIR N")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return err
	}
	if tolerant {
		return bench.WriteTolerantCorpus(args[0], n)
	}
	return bench.WriteCorpus(args[0], n)
}
