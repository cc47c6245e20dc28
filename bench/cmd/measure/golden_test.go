package main

// Every test binary accepts -update (go test ./... -update).
import _ "github.com/qalint/qalint/internal/golden"
