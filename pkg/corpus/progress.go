package corpus

import (
	"fmt"
	"time"
)

// String describes a load under way as one status line: files done of
// found, throughput, facts so far and the time left, e.g.
// "120/400 files, 8.2 MB/s, 5310 facts, ETA 14s"; the last report (Done)
// reads "400 files, 37.5 MB in 4.512s, 17102 facts".
func (p Progress) String() string {
	if p.Done {
		return fmt.Sprintf("%d files, %.1f MB in %s, %d facts", p.Files, float64(p.Bytes)/1e6,
			p.Elapsed.Round(time.Millisecond), p.Facts)
	}
	rate := 0.0
	if secs := p.Elapsed.Seconds(); secs > 0 {
		rate = float64(p.Bytes) / 1e6 / secs
	}
	eta := "?"
	switch {
	case p.Bytes > 0 && p.TotalBytes > p.Bytes:
		left := time.Duration(float64(p.Elapsed) * float64(p.TotalBytes-p.Bytes) / float64(p.Bytes))
		eta = left.Round(time.Second).String()
	case p.TotalBytes > 0 && p.Bytes >= p.TotalBytes:
		eta = "0s"
	}
	return fmt.Sprintf("%d/%d files, %.1f MB/s, %d facts, ETA %s", p.Files, p.TotalFiles, rate, p.Facts, eta)
}
