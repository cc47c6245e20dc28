package main

import (
	"errors"
	"os"
	"path/filepath"
)

// reportFile is --output FILE. It is opened only when the report is about
// to be written, so a run that fails before (a bad flag, an invalid
// configuration) leaves an existing report as it was. A regular file is
// written to a temporary file beside it and renamed over it by commit, so a
// report cut short never replaces a whole one; anything else (a pipe,
// /dev/stdout) is written in place.
type reportFile struct {
	*os.File
	target string // the name to rename to; "" when written in place
}

func createReportFile(name string) (*reportFile, error) {
	st, err := os.Stat(name)
	if err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return nil, err
		}
		return &reportFile{File: f}, nil
	}
	mode := os.FileMode(0o644)
	if err == nil {
		mode = st.Mode().Perm()
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &reportFile{File: f, target: name}, nil
}

// commit closes the file, a failed close being an error (the report may
// not be on disk), and puts it in place.
func (r *reportFile) commit() error {
	if err := r.Close(); err != nil {
		r.discard()
		return err
	}
	if r.target == "" {
		return nil
	}
	if err := os.Rename(r.Name(), r.target); err != nil {
		os.Remove(r.Name())
		return err
	}
	return nil
}

// discard drops a report that could not be written whole.
func (r *reportFile) discard() {
	r.Close()
	if r.target != "" {
		os.Remove(r.Name())
	}
}

// unwrapPath drops the *os.PathError wrapper, whose path may be the
// temporary file's rather than the name the user gave.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
