package corpus

import (
	"errors"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"May 31, 2019", "2019-05-31"},
		{"September 07, 2018", "2018-09-07"},
		{"March, 04/2021 - 10:15", "2021-03-04"}, // the day and year after a slash
		{"22. Jänner 2020 · 16:20", "2020-01-22"},
		{"Publié le vendredi 7 février 2020 à 10h32", "2020-02-07"},
		{"3. März 2021", "2021-03-03"},
		{"Feb. 17, 2020", "2020-02-17"},
		{"Posted on : Feb.19,2020 17:05 KST", "2020-02-19"}, // glued after the dot
		{"February 17 2020", "2020-02-17"},
		{"17 February 2020", "2020-02-17"},
		{"17 Feb 2020", "2020-02-17"},
		{"17/02/2020", "2020-02-17"},
		{"02/17/2020", "2020-02-17"},
		{"05/03/2020", "2020-03-05"}, // day first when ambiguous
		{"17.02.2020", "2020-02-17"},
		{"2020-02-21", "2020-02-21"},
		{"Published: 2020-02-21 14:03", "2020-02-21"},
		{"20/02/2020 - 21:10 GMT | By Staff writer", "2020-02-20"},
		{"Monday, February 17, 2020", "2020-02-17"},
		{"Updated 3 March 2020, 10:15", "2020-03-03"},
		{"May 31st, 2019", "2019-05-31"},
		{"10. 3. 2020 14:25", "2020-03-10"}, // dotted with spaces, day first
		{"3/2/20", "2020-02-03"},            // a year of two digits after slashes, day first
		{"22 januari 2020", "2020-01-22"},   // Swedish
		{"5 juillet 2019", "2019-07-05"},    // French
		{"Mar - 04 - 2020 , 06:12", "2020-03-04"},
		{"2018.03.19 21:40", "2018-03-19"},
		{"Updated 23:18, 01-Mar-2020", "2020-03-01"},
		{"18.03.18, 16:45", "2018-03-18"}, // dotted, with a year of two digits
		{"March 3 - 2020", "2020-03-03"},
		{"Joi, 20 februarie 2020, 16:42 | Autor: Redacția", "2020-02-20"}, // Romanian
		{"1 septembrie 2019", "2019-09-01"},                               // the longest month name
		{"5 março 2020", "2020-03-05"},                                    // Portuguese, with a cedilla
		{"terça-feira, 3 de setembro de 2019", "2019-09-03"},              // Portuguese
		{"20 maart 2020", "2020-03-20"},
		{"29 Şubat 2020 Cumartesi, 23:10", "2020-02-29"}, // Turkish, a letter outside ASCII first
		{"1 Mart 2020 Pazar", "2020-03-01"},
		{"domingo 1 de marzo de 2020", "2020-03-01"}, // Dutch
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got.Format("2006-01-02") != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got.Format("2006-01-02"), tt.want)
		}
	}
}

func TestMonthFirst(t *testing.T) {
	checkEach(t, "monthFirst", func(s string) string { d, _ := monthFirst(s); return formatDate(d) }, map[string]string{
		"3/2/20":     "2020-03-02",
		"12/25/2019": "2019-12-25",
		"25/12/2019": "",
		"3.2.20":     "",
	})
	checkEach(t, "usTimeZone", usTimeZone, map[string]bool{
		"Updated 3/2/20 at 4:10 PM EST": true,
		"11:45 AM ET":                   true,
		"20/02/2020 - 21:10 GMT":        false,
		"ESTONIA":                       false,
	})
}

func TestParseDate_Bad(t *testing.T) {
	for _, in := range []string{"", "yesterday, May 31st", "May 30th", "31/02/2020", "2019-13-01",
		"in 2011", "Jan. 12 ceasefire", "a 2017 agreement", "14:03", "mayhem 12, 2020",
		"3/2/201", "10. 3 2020", "1/2/3/4", "they may 12, 2020",
		"1.1.1", "18.03.1"} { // cut short after the second dot: no panic, no date
		if got, err := ParseDate(in); !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) = %v, %v; want ErrBadDate", in, got, err)
		}
	}
}

func TestPeriodStart(t *testing.T) {
	tests := []struct {
		in, pub, want string
	}{
		{"520,000 people had been displaced since the beginning of December.", "2020-02-04", "2019-12-01"},
		{"more than 200,000 people had fled the violence since the government offensive began at the end of April.", "2019-05-31", "2019-04-30"},
		{"accepted 3.5 million refugees from Syria since the start of the war in 2011.", "2018-09-07", "2011-01-01"},
		{"accepted 3.5 million refugees from Syria since the start of the war in 2011.", "", "2011-01-01"},
		{"13 Turkish soldiers were killed by Syrian attacks in the past two weeks.", "2020-02-15", "2020-02-01"},
		{"13 soldiers were killed in the last 24 hours.", "2020-02-15", "2020-02-14"},
		{"12,000 people fled last week.", "2020-02-15", "2020-02-08"},
		{"Police stopped 4,100 crossings in the 24 hours to 6 p.m. on Sunday.", "2021-03-02", "2021-02-27"},
		{"About 900 arrived over the two days to Monday, officials said.", "2021-03-02", "2021-02-27"},
		{"About 900 arrived in the 48 hours to noon.", "2021-03-02", "2021-02-28"},
		{"since January, 40,000 people have fled", "2020-02-15", "2020-01-01"},
		{"since February, 40,000 people have fled", "2020-02-15", "2020-02-01"},
		{"since March, 40,000 people have fled", "2020-02-15", "2019-03-01"},
		{"since January 2018 some 40,000", "2020-02-15", "2018-01-01"},
		{"since December 12, 900,000 people", "2020-02-15", "2019-12-12"},
		{"since 12 December 2019, 900,000 people", "2020-03-01", "2019-12-12"},
		{"since mid-December", "2020-02-15", "2019-12-15"},
		{"since the end of 2018", "2020-02-15", "2018-12-31"},
		{"since Monday", "2020-02-15", "2020-02-10"},
		{"in the past month", "2020-02-15", "2020-01-15"},
	}
	for _, tt := range tests {
		var pub time.Time
		if tt.pub != "" {
			pub = day(tt.pub)
		}
		got, ok := periodStart(tt.in, pub)
		if !ok || formatDate(got) != tt.want {
			t.Errorf("periodStart(%q, %s) = %s %v, want %s", tt.in, tt.pub, formatDate(got), ok, tt.want)
		}
	}
}

func TestPeriodStart_None(t *testing.T) {
	tests := []struct{ in, pub string }{
		{"a seven-year-old war which has killed more than half a million people", "2018-09-07"},
		{"The U.N. said last week that 200,000 people had fled.", "2019-05-31"},
		{"since the beginning of December", ""}, // relative, no publication date
		{"in the past two weeks", ""},           // relative, no publication date
		{"fled last month", "2020-02-15"},       // names a month, not a start
		{"expected to rise in the next two weeks", "2020-02-15"},
		{"These comments were made yesterday, May 31st.", "2019-06-01"},
		{"so far this year", "2020-02-15"}, // the annotators give "this year" no start (155 to 6)
		{"12,000 were registered last year.", "2020-02-15"},
		{"1,264 people landed in February.", "2020-03-15"},
	}
	for _, tt := range tests {
		var pub time.Time
		if tt.pub != "" {
			pub = day(tt.pub)
		}
		if got, ok := periodStart(tt.in, pub); ok {
			t.Errorf("periodStart(%q, %s) = %s, want none", tt.in, tt.pub, formatDate(got))
		}
	}
}
