// Command skaffold is upstream Skaffold's CLI, built from the Go module proxy into .tools/bin. It does what
// upstream's cmd/skaffold/skaffold.go does, minus the opt-in Cloud Profiler hook (SKAFFOLD_PROFILER), which
// is only for Skaffold's own developers. `go install` cannot build skaffold directly because its go.mod has
// replace directives; this module repeats them (see go.mod).
package main

import (
	"context"
	"errors"
	"os"

	"github.com/GoogleContainerTools/skaffold/v2/cmd/skaffold/app"
	"github.com/GoogleContainerTools/skaffold/v2/pkg/skaffold/instrumentation"
)

func main() {
	var code int
	if err := app.Run(os.Stdout, os.Stderr); err != nil && !errors.Is(err, context.Canceled) {
		code = app.ExitCode(err)
	}
	instrumentation.ShutdownAndFlush(context.Background(), code)
	os.Exit(code)
}
