package corpus

import (
	"testing"
	"time"
)

func TestProgressString(t *testing.T) {
	tests := []struct {
		name string
		p    Progress
		want string
	}{
		{"starting", Progress{TotalFiles: 10, TotalBytes: 1e6}, "0/10 files, 0.0 MB/s, 0 facts, ETA ?"},
		{"halfway", Progress{Files: 5, TotalFiles: 10, Bytes: 4e6, TotalBytes: 8e6, Facts: 42, Elapsed: 2 * time.Second},
			"5/10 files, 2.0 MB/s, 42 facts, ETA 2s"},
		{"all read", Progress{Files: 10, TotalFiles: 10, Bytes: 8e6, TotalBytes: 8e6, Facts: 80, Elapsed: 4 * time.Second},
			"10/10 files, 2.0 MB/s, 80 facts, ETA 0s"},
		{"done", Progress{Files: 10, TotalFiles: 10, Bytes: 8e6, TotalBytes: 8e6, Facts: 80, Elapsed: 4123456 * time.Microsecond, Done: true},
			"10 files, 8.0 MB in 4.123s, 80 facts"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
