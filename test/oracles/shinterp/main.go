// Differential-test oracle for src/formats/flags/3-invocation-that-runs.ts: runs each script with mvdan.cc/sh's POSIX shell
// interpreter (Debian golang-mvdan-sh-dev) where no external program really runs. The exec handler records
// every kube-apiserver / kube-controller-manager command that the shell actually executes (its argv) and
// succeeds for every other program, so control flow (&&, ||, if, case, exec, exit, functions) is the real one.
//
// Input on stdin: a JSON array of scripts. Output: a JSON array of {"ran": [[argv...], ...]} or {"error": "..."}.
// Built offline: GO111MODULE=off GOPATH=/usr/share/gocode go build.
package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path"
	"strings"

	"mvdan.cc/sh/v3/interp"
	"mvdan.cc/sh/v3/syntax"
)

type result struct {
	Ran   [][]string `json:"ran"`
	Error string     `json:"error,omitempty"`
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	var scripts []string
	if err := json.Unmarshal(in, &scripts); err != nil {
		panic(err)
	}
	out := make([]result, 0, len(scripts))
	for _, s := range scripts {
		out = append(out, run(s))
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}

func run(script string) result {
	r := result{Ran: [][]string{}}
	file, err := syntax.NewParser().Parse(strings.NewReader(script), "script.sh")
	if err != nil {
		r.Error = err.Error()
		return r
	}
	runner, err := interp.New(
		interp.StdIO(nil, io.Discard, io.Discard),
		interp.ExecHandler(func(ctx context.Context, args []string) error {
			switch path.Base(args[0]) {
			case "kube-apiserver", "kube-controller-manager":
				r.Ran = append(r.Ran, append([]string(nil), args...))
			}
			return nil
		}),
	)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	// exit/exec end the run with an exit status; that is not a failure of the oracle.
	_ = runner.Run(context.Background(), file)
	return r
}
