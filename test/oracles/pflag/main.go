// Differential-test oracle for the flag reader (src/formats/flags/2b-find-invocations.ts readFlag and the positional-argument check
// of flags-settings.ts): parses each argv with spf13/pflag (Debian golang-github-spf13-pflag-dev) the way
// kube-apiserver's command does: string flags, the component-base WordSepNormalizeFunc ("_" read as "-"), and
// cobra's Args check of kube-apiserver (any non-empty positional argument is refused).
//
// Input on stdin: a JSON array of argv arrays (without the program). Output per argv:
// {"value": <--service-cluster-ip-range>, "set": bool, "args": [positional...], "error": "..."}.
// Built offline: GO111MODULE=off GOPATH=/usr/share/gocode go build.
package main

import (
	"encoding/json"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"
)

type result struct {
	Value string   `json:"value"`
	Set   bool     `json:"set"`
	Args  []string `json:"args"`
	Error string   `json:"error,omitempty"`
}

// wordSepNormalizeFunc is k8s.io/component-base/cli/flag WordSepNormalizeFunc.
func wordSepNormalizeFunc(f *pflag.FlagSet, name string) pflag.NormalizedName {
	if strings.Contains(name, "_") {
		return pflag.NormalizedName(strings.Replace(name, "_", "-", -1))
	}
	return pflag.NormalizedName(name)
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	var argvs [][]string
	if err := json.Unmarshal(in, &argvs); err != nil {
		panic(err)
	}
	out := make([]result, 0, len(argvs))
	for _, argv := range argvs {
		fs := pflag.NewFlagSet("kube-apiserver", pflag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.SetNormalizeFunc(wordSepNormalizeFunc)
		var r result
		fs.StringVar(&r.Value, "service-cluster-ip-range", "", "")
		fs.String("etcd-servers", "", "")
		fs.String("advertise-address", "", "")
		fs.Int("v", 0, "")
		fs.Bool("allow-privileged", false, "")
		if err := fs.Parse(argv); err != nil {
			r.Error = err.Error()
		}
		r.Set = fs.Changed("service-cluster-ip-range")
		r.Args = fs.Args()
		if r.Args == nil {
			r.Args = []string{}
		}
		out = append(out, r)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
