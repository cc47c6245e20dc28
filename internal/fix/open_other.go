//go:build !unix

package fix

import "os"

func openRead(name string) (*os.File, error) { return os.Open(name) }
