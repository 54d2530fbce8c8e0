package corpus

import (
	"errors"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in        string
		value, hi float64
		q         Qualifier
		vague     bool
	}{
		{"eight", 8, 0, Exact, false},
		{"thirty-three", 33, 0, Exact, false},
		{"half a million", 500000, 0, Exact, false},
		{"a half million people", 500000, 0, Exact, false},
		{"nearly 1 million", 1e6, 0, Approx, false},
		{"3.6 million", 3.6e6, 0, Exact, false},
		{"1.5m people", 1.5e6, 0, Exact, false},
		{"2.1bn", 2.1e9, 0, Exact, false},
		{"two and a half million", 2.5e6, 0, Exact, false},
		{"one and a half million", 1.5e6, 0, Exact, false},
		{"eight and a half years of war", 8.5, 0, Exact, false},
		{"two and a half", 2.5, 0, Exact, false},
		{"865\u00a0500", 865500, 0, Exact, false},
		{"865\u202f500", 865500, 0, Exact, false},
		{"200,000", 200000, 0, Exact, false},
		{"12,500", 12500, 0, Exact, false},
		{"1,234,567 people", 1234567, 0, Exact, false},
		{"more than 200,000 people", 200000, 0, AtLeast, false},
		{"15 to 20 kilometers", 15, 20, Range, false},
		{"from 15 to 20", 15, 20, Range, false},
		{"between 160,000 and 300,000", 160000, 300000, Range, false},
		{"15-20 km", 15, 20, Range, false},
		{"15–20 km", 15, 20, Range, false},
		{"1.5 to 2 million", 1.5e6, 2e6, Range, false},
		{"1 to 1.5 million", 1e6, 1.5e6, Range, false},
		{"200 to 300 thousand", 2e5, 3e5, Range, false},
		{"between 2 and 3 million", 2e6, 3e6, Range, false},
		{"thousands", 1000, 0, AtLeast, true},
		{"tens of thousands", 10000, 0, AtLeast, true},
		{"hundreds of thousands", 100000, 0, AtLeast, true},
		{"millions", 1e6, 0, AtLeast, true},
		{"dozens", 12, 0, AtLeast, true},
		{"hundreds", 100, 0, AtLeast, true},
		{"several thousand", 1000, 0, AtLeast, true},
		{"a dozen", 12, 0, Exact, false},
		{"two dozen", 24, 0, Exact, false},
		{"two hundred and fifty", 250, 0, Exact, false},
		{"three thousand", 3000, 0, Exact, false},
		{"one hundred thousand", 100000, 0, Exact, false},
		{"a million", 1e6, 0, Exact, false},
		{"about 40%", 40, 0, Approx, false},
		{"around 103,000", 103000, 0, Approx, false},
		{"almost 200,000", 200000, 0, Approx, false},
		{"some 650,000", 650000, 0, Approx, false},
		{"roughly 3,000", 3000, 0, Approx, false},
		{"close to 900", 900, 0, Approx, false},
		{"at least 13", 13, 0, AtLeast, false},
		{"over 30", 30, 0, AtLeast, false},
		{"up to 280,000", 280000, 0, AtMost, false},
		{"as many as 4,000", 4000, 0, AtMost, false},
		{"fewer than 50", 50, 0, AtMost, false},
		{"2,000 or more", 2000, 0, AtLeast, false},
		{"10k", 10000, 0, Exact, false},
		{"15km", 15, 0, Exact, false},
		{"0.5", 0.5, 0, Exact, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			if err != nil {
				t.Fatalf("ParseNumber(%q): %v", tt.in, err)
			}
			if n.Value != tt.value || n.High != tt.hi || n.Qualifier != tt.q || n.Vague != tt.vague {
				t.Errorf("ParseNumber(%q) = %+v, want value %v high %v qualifier %s vague %v",
					tt.in, n, tt.value, tt.hi, tt.q, tt.vague)
			}
		})
	}
}

func TestParseNumber_None(t *testing.T) {
	for _, in := range []string{"", "no figures here", "M5 highway", "the 1990s", "COVID19", "F-16s and Su24s", "a"} {
		if n, err := ParseNumber(in); !errors.Is(err, ErrNoNumber) {
			t.Errorf("ParseNumber(%q) = %+v, %v; want ErrNoNumber", in, n, err)
		}
	}
}

func TestParseFigure_Span(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"fled 200,000 people", "200,000"},
		{"killed half a million people", "half a million"},
		{"about 3.6 million Syrian refugees", "3.6 million"},
		{"from 15 to 20 kilometers", "15 to 20"},
		{"a town 15 km (9 miles) east", "15"},
		{"seven-year-old war", "seven"},
		{"hundreds of thousands of civilians", "hundreds of thousands"},
		{"thirty-three soldiers", "thirty-three"},
		{"two and a half million", "two and a half million"},
		{"after eight and a half years of war", "eight and a half"},
		{"two hundred and fifty", "two hundred and fifty"},
	}
	for _, tt := range tests {
		var got string
		for i := 0; i < len(tt.in); i++ {
			if atWordStart(tt.in, i) {
				if f, ok := parseFigure(tt.in, i); ok {
					got = tt.in[f.start:f.end]
					break
				}
			}
		}
		if got != tt.want {
			t.Errorf("figure in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
