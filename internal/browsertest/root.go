package browsertest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ModuleRoot returns the folder holding this module's go.mod, searching
// upwards from the working directory (go test runs in the package folder).
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("browsertest: no go.mod above the working directory")
		}
		dir = parent
	}
}

// EChartsJS returns the path of the ECharts bundle installed from npm,
// node_modules/echarts/dist/echarts.min.js under the module root, or an
// error saying that `make setup-js` (npm ci) installs it.
func EChartsJS() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	path := filepath.Join(root, "node_modules", "echarts", "dist", "echarts.min.js")
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("browsertest: %s missing; `make setup-js` (npm ci) installs ECharts: %w", path, err)
	}
	return path, nil
}
