// Differential-test oracle: decodes YAML documents exactly as Kubernetes does (sigs.k8s.io/yaml.YAMLToJSON,
// which unmarshals through gopkg.in/yaml.v2 and re-encodes as JSON; the non-strict path used by the kubelet's
// static pod reader and by kubeadm's decoders) and prints one JSON line per input.
//
// Input on stdin: a JSON array of YAML strings. Output: a JSON array of {"json": <decoded>} or {"error": "..."}.
// Built offline from Debian's golang-k8s-sigs-yaml-dev: GO111MODULE=off GOPATH=/usr/share/gocode go build.
package main

import (
	"encoding/json"
	"io"
	"os"

	"sigs.k8s.io/yaml"
)

type result struct {
	JSON  json.RawMessage `json:"json,omitempty"`
	Error string          `json:"error,omitempty"`
}

func main() {
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	var docs []string
	if err := json.Unmarshal(in, &docs); err != nil {
		panic(err)
	}
	out := make([]result, 0, len(docs))
	for _, d := range docs {
		j, err := yaml.YAMLToJSON([]byte(d))
		if err != nil {
			out = append(out, result{Error: err.Error()})
			continue
		}
		out = append(out, result{JSON: j})
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
