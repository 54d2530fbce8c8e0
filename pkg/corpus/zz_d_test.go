package corpus

import (
	"os"
	"testing"
)

func TestZZD(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ_FILE"))
	a := parseArticle("t", string(b))
	t.Logf("dateline=%q title=%q body=%.200q", a.Dateline, a.Title, a.Body)
}
