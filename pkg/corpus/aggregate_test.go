package corpus

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

func aggDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// aggregateFacts is a small hand-made fact list; the expected totals below
// are worked out from it by hand.
var aggregateFacts = []Fact{
	{Article: "a", Published: aggDate(2019, 5, 31), Category: Displaced, Value: 200000, Source: "U.N."},
	{Article: "a", Published: aggDate(2019, 5, 31), Category: Displaced, Value: 300000, Source: "UOSSM"},
	{Article: "a", Published: aggDate(2019, 5, 31), Category: Sheltered, Value: 103000, Source: "Mohammed Othman"},
	{Article: "b", Published: aggDate(2020, 2, 4), Category: Displaced, Value: 520000, Source: "David Swanson"},
	{Article: "b", Published: aggDate(2020, 2, 4), Category: Refugees, Value: 3600000, Source: "reporter"},
	{Article: "c", Published: aggDate(2020, 2, 15), Category: Refugees, Value: 3600000, Source: "Fuat Oktay"},
	{Article: "c", Published: aggDate(2020, 2, 15), Category: Killed, Value: 13, Source: "reporter"},
	{Article: "c", Published: aggDate(2020, 2, 15), Category: Displaced, Value: 100000, ValueHigh: 0, Source: "reporter"},
	{Article: "d", Category: Displaced, Value: 7, Source: "U.N."}, // no publication date
	{Article: "e", Published: aggDate(2019, 5, 2), Category: Displaced, Value: 150000, Source: "U.N."},
	{Article: "f", Published: aggDate(2020, 2, 15), Category: "wounded", Value: 4, Source: "reporter"},
}

func TestTotalsByCategory(t *testing.T) {
	got := TotalsByCategory(aggregateFacts)
	want := Totals{
		{Key: "displaced", Count: 6, Sum: 200000 + 300000 + 520000 + 100000 + 7 + 150000, Max: 520000},
		{Key: "refugees", Count: 2, Sum: 7200000, Max: 3600000},
		{Key: "killed", Count: 1, Sum: 13, Max: 13},
		{Key: "sheltered", Count: 1, Sum: 103000, Max: 103000},
		{Key: "unsheltered"}, {Key: "at_risk"}, {Key: "troops"}, {Key: "other"},
		{Key: "wounded", Count: 1, Sum: 4, Max: 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TotalsByCategory:\n got %+v\nwant %+v", got, want)
	}
	if got := TotalsByCategory(nil); len(got) != len(Categories) || got[0].Count != 0 {
		t.Errorf("TotalsByCategory(nil) = %+v, want every category with count 0", got)
	}
}

func TestTotalsBySource(t *testing.T) {
	for _, tc := range []struct {
		cat  Category
		want Totals
	}{
		{Displaced, Totals{
			{Key: "U.N.", Count: 3, Sum: 350007, Max: 200000},
			{Key: "David Swanson", Count: 1, Sum: 520000, Max: 520000},
			{Key: "UOSSM", Count: 1, Sum: 300000, Max: 300000},
			{Key: "reporter", Count: 1, Sum: 100000, Max: 100000},
		}},
		{"", Totals{
			{Key: "reporter", Count: 4, Sum: 3600000 + 13 + 100000 + 4, Max: 3600000},
			{Key: "U.N.", Count: 3, Sum: 350007, Max: 200000},
			{Key: "David Swanson", Count: 1, Sum: 520000, Max: 520000},
			{Key: "Fuat Oktay", Count: 1, Sum: 3600000, Max: 3600000},
			{Key: "Mohammed Othman", Count: 1, Sum: 103000, Max: 103000},
			{Key: "UOSSM", Count: 1, Sum: 300000, Max: 300000},
		}},
		{Troops, nil},
	} {
		t.Run(string(tc.cat), func(t *testing.T) {
			if got := TotalsBySource(aggregateFacts, tc.cat); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TotalsBySource(%q):\n got %+v\nwant %+v", tc.cat, got, tc.want)
			}
		})
	}
}

func TestTotalsByMonth(t *testing.T) {
	for _, tc := range []struct {
		cat  Category
		want Totals
	}{
		{Displaced, Totals{
			{Key: "2019-05", Month: aggDate(2019, 5, 1), Count: 3, Sum: 650000, Max: 300000},
			{Key: "2020-02", Month: aggDate(2020, 2, 1), Count: 2, Sum: 620000, Max: 520000},
		}},
		{"", Totals{
			{Key: "2019-05", Month: aggDate(2019, 5, 1), Count: 4, Sum: 753000, Max: 300000},
			{Key: "2020-02", Month: aggDate(2020, 2, 1), Count: 6, Sum: 520000 + 7200000 + 13 + 100000 + 4, Max: 3600000},
		}},
		{Killed, Totals{{Key: "2020-02", Month: aggDate(2020, 2, 1), Count: 1, Sum: 13, Max: 13}}},
	} {
		t.Run(string(tc.cat), func(t *testing.T) {
			if got := TotalsByMonth(aggregateFacts, tc.cat); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("TotalsByMonth(%q):\n got %+v\nwant %+v", tc.cat, got, tc.want)
			}
		})
	}
}

func TestLatestBySource(t *testing.T) {
	got := LatestBySource(aggregateFacts, "")
	var keys []string
	for _, f := range got {
		keys = append(keys, fmt.Sprintf("%s/%s/%s/%v", f.Category, f.Source, f.Article, f.Value))
	}
	want := []string{
		"displaced/David Swanson/b/520000",
		"displaced/U.N./a/200000", // 2019-05-31 beats 2019-05-02 and the undated fact
		"displaced/UOSSM/a/300000",
		"displaced/reporter/c/100000",
		"refugees/Fuat Oktay/c/3.6e+06",
		"refugees/reporter/b/3.6e+06",
		"killed/reporter/c/13",
		"sheltered/Mohammed Othman/a/103000",
		"wounded/reporter/f/4",
	}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("LatestBySource:\n got %q\nwant %q", keys, want)
	}
	// The same date: the later statement wins.
	same := []Fact{
		{Article: "x", Published: aggDate(2020, 1, 1), Category: Killed, Value: 10, Source: "WHO"},
		{Article: "y", Published: aggDate(2020, 1, 1), Category: Killed, Value: 12, Source: "WHO"},
		{Article: "z", Published: aggDate(2019, 1, 1), Category: Killed, Value: 99, Source: "WHO"},
	}
	if got := LatestBySource(same, Killed); len(got) != 1 || got[0].Article != "y" {
		t.Errorf("LatestBySource with equal dates = %+v, want article y", got)
	}
	if got := LatestBySource(aggregateFacts, Troops); len(got) != 0 {
		t.Errorf("LatestBySource(troops) = %+v, want none", got)
	}
}

func TestTotals_Series(t *testing.T) {
	s := TotalsByCategory(aggregateFacts)
	if s.Len() != 9 || s.Label(1) != "refugees" || s.Value(1) != 7200000 {
		t.Errorf("series view: Len %d, Label(1) %q, Value(1) %v", s.Len(), s.Label(1), s.Value(1))
	}
}

func ExampleTotalsByCategory() {
	facts := []Fact{
		{Category: Displaced, Value: 200000, Source: "U.N."},
		{Category: Displaced, Value: 300000, Source: "UOSSM"},
		{Category: Refugees, Value: 3600000, Source: "reporter"},
	}
	for _, t := range TotalsByCategory(facts)[:2] {
		fmt.Printf("%s: %d facts, largest %.0f\n", t.Key, t.Count, t.Max)
	}
	// Output:
	// displaced: 2 facts, largest 300000
	// refugees: 1 facts, largest 3600000
}
