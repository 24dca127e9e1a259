package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Format is an output file type.
type Format string

// The formats.
const (
	SVG Format = "svg"
	PNG Format = "png"
	PDF Format = "pdf"
)

// FormatOf picks the format from a file name's extension.
func FormatOf(path string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))); f {
	case SVG, PNG, PDF:
		return f, nil
	}
	return "", fmt.Errorf("%s: unknown image type (want a name ending in .svg, .png or .pdf)", path)
}

// Options say how a chart looks.
type Options struct {
	Class   Class
	Measure Measure
	// Width and Height are in pixels at 96 per inch, the resolution of
	// PNG output; SVG and PDF get the same size in points × 4/3.
	Width, Height int
	Title         string // default: from the class and measure
}

// palette is Okabe and Ito's colours, which stay apart for readers with
// any common colour-vision deficiency; yellow, faint on white, comes last.
var palette = []color.Color{
	color.RGBA{0x00, 0x72, 0xB2, 0xFF}, // blue
	color.RGBA{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	color.RGBA{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	color.RGBA{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	color.RGBA{0xE6, 0x9F, 0x00, 0xFF}, // orange
	color.RGBA{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	color.RGBA{0x00, 0x00, 0x00, 0xFF}, // black
	color.RGBA{0xF0, 0xE4, 0x42, 0xFF}, // yellow
}

// dashes tell lines apart in grey print too. Five patterns against
// eight colours give forty distinct lines before one repeats.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(1.5), vg.Points(2.5)},
	{vg.Points(8), vg.Points(3), vg.Points(1.5), vg.Points(3)},
	{vg.Points(12), vg.Points(4)},
}

var glyphs = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.SquareGlyph{}, draw.TriangleGlyph{}, draw.CrossGlyph{}, draw.RingGlyph{},
}

// sans is easier to read than the serif gonum defaults to, at chart sizes.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, 15)
	p.Title.Padding = vg.Points(8)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 12)
		a.Tick.Label.Font = font.From(sans, 11)
	}
	p.Legend.TextStyle.Font = font.From(sans, 11)
	return p
}

// yLabel says what the y values are.
func yLabel(c Class, m Measure) string {
	switch m {
	case Count:
		return fmt.Sprintf("sentences above the %s threshold", c)
	case Share:
		return fmt.Sprintf("share of sentences above the %s threshold", c)
	}
	return fmt.Sprintf("mean %s score", c)
}

func title(o Options, per string) string {
	if o.Title != "" {
		return o.Title
	}
	what := map[Measure]string{Mean: "mean score", Count: "sentences above threshold", Share: "share of sentences above threshold"}[o.Measure]
	return fmt.Sprintf("%s%s: %s%s", strings.ToUpper(o.Class.String()[:1]), o.Class.String()[1:], what, per)
}

// x is where a period sits on the time axis: its start, in Unix seconds.
func x(p Period) float64 { return float64(p.Start().Unix()) }

// SeriesPlot draws the series as lines over time, one colour, dash and
// glyph each. A period without sentences breaks the line; a point with
// no neighbour still shows as its glyph.
func SeriesPlot(series []Series, o Options) (*plot.Plot, error) {
	if len(series) == 0 || len(series[0].Points) == 0 {
		return nil, fmt.Errorf("no series to draw")
	}
	unit := series[0].Points[0].Period.Unit
	p := newPlot(title(o, " per "+unit.String()))
	p.X.Label.Text = unit.String()
	p.Y.Label.Text = yLabel(o.Class, o.Measure)
	p.X.Tick.Marker = periodTicks{unit: unit, maxLabels: max(3, o.Width/(len(Period{unit, 2000}.String())*11))}
	p.Add(plotter.NewGrid())
	many := len(series[0].Points) > 60
	top := 0.0
	for i, s := range series {
		ls := draw.LineStyle{Color: palette[i%len(palette)], Width: vg.Points(2), Dashes: dashes[i%len(dashes)]}
		gs := draw.GlyphStyle{Color: ls.Color, Radius: vg.Points(2.5), Shape: glyphs[i%len(glyphs)]}
		var dots plotter.XYs
		for _, run := range runs(s.Points) {
			xy := make(plotter.XYs, len(run))
			for j, pt := range run {
				xy[j] = plotter.XY{X: x(pt.Period), Y: pt.Value}
				top = max(top, pt.Value)
			}
			if len(xy) > 1 {
				l, err := plotter.NewLine(xy)
				if err != nil {
					return nil, err
				}
				l.LineStyle = ls
				p.Add(l)
			}
			if len(xy) == 1 || !many {
				dots = append(dots, xy...)
			}
		}
		if len(dots) > 0 {
			sc, err := plotter.NewScatter(dots)
			if err != nil {
				return nil, err
			}
			sc.GlyphStyle = gs
			p.Add(sc)
		}
		// The legend shows the line and the glyph whether or not this
		// series happens to have either.
		l := &plotter.Line{LineStyle: ls}
		sc := &plotter.Scatter{GlyphStyle: gs}
		p.Legend.Add(s.Label, l, sc)
	}
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(8), -vg.Points(4)
	p.Legend.ThumbnailWidth = vg.Points(30)
	// Room above the data for the legend, which sits inside the plot.
	// Half a period of margin keeps the end points off the frame.
	first, last := series[0].Points[0].Period, series[0].Points[len(series[0].Points)-1].Period
	p.X.Min = x(first) - (x(Period{unit, first.Index + 1})-x(first))/2
	p.X.Max = x(last) + (x(Period{unit, last.Index + 1})-x(last))/2
	p.Legend.Padding = vg.Points(2)
	p.Y.Min = 0
	if o.Measure != Count {
		// Scores and shares end at 1; the room above is the legend's.
		p.Y.Tick.Marker = upTo{plot.DefaultTicks{}, 1}
	}
	if top == 0 {
		top = 1
	}
	p.Y.Max = top * (1.15 + 0.09*float64(len(series)))
	return p, nil
}

// runs splits a series at its gaps: each run is drawn as one line, so
// no line crosses a period without sentences.
func runs(pts []Point) [][]Point {
	var out [][]Point
	start := -1
	for i, pt := range pts {
		switch gap := math.IsNaN(pt.Value); {
		case !gap && start < 0:
			start = i
		case gap && start >= 0:
			out = append(out, pts[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, pts[start:])
	}
	return out
}

// upTo leaves out the ticks above a limit.
type upTo struct {
	plot.Ticker
	limit float64
}

func (u upTo) Ticks(lo, hi float64) []plot.Tick {
	ticks := u.Ticker.Ticks(lo, min(hi, u.limit))
	kept := ticks[:0]
	for _, t := range ticks {
		if t.Value <= u.limit+1e-9 {
			kept = append(kept, t)
		}
	}
	return kept
}

// periodTicks labels the time axis with periods as predict writes them
// (1990, 2020-09, 2020-W39, 2020-09-25), at a round step of periods.
type periodTicks struct {
	unit      Unit
	maxLabels int
}

// steps are the label spacings tried, in periods, smallest first.
var steps = map[Unit][]int{
	Year:  {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000},
	Month: {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200},
	Week:  {1, 2, 4, 13, 26, 52, 104, 260, 520, 1040},
	Day:   {1, 2, 7, 14, 28, 91, 182, 364, 728, 1820, 3640, 7280},
}

func (t periodTicks) Ticks(lo, hi float64) []plot.Tick {
	first, last := periodAt(t.unit, lo), periodAt(t.unit, hi)
	n := last.Index - first.Index + 1
	step := steps[t.unit][len(steps[t.unit])-1]
	for _, s := range steps[t.unit] {
		if n/s+1 <= t.maxLabels {
			step = s
			break
		}
	}
	var ticks []plot.Tick
	for i := first.Index; i <= last.Index; i++ {
		p := Period{t.unit, i}
		v := x(p)
		if v < lo || v > hi {
			continue
		}
		switch {
		case floorMod(i, step) == 0:
			ticks = append(ticks, plot.Tick{Value: v, Label: p.String()})
		case n <= 150:
			ticks = append(ticks, plot.Tick{Value: v})
		}
	}
	return ticks
}

func floorMod(a, b int) int { return ((a % b) + b) % b }

// periodAt is the period that holds the instant x (Unix seconds).
func periodAt(u Unit, x float64) Period {
	t := time.Unix(int64(math.Floor(x)), 0).UTC()
	switch u {
	case Year:
		return Period{u, t.Year()}
	case Month:
		return Period{u, t.Year()*12 + int(t.Month()) - 1}
	case Week:
		d := dayIndex(t) - monday0
		return Period{u, (d - floorMod(d, 7)) / 7}
	}
	return Period{Day, int(math.Floor(x / 86400))}
}

// TopPlot draws the ranking as horizontal bars, the highest on top, each
// with its value and number of sentences at its end.
func TopPlot(bars []Bar, o Options) (*plot.Plot, error) {
	if len(bars) == 0 {
		return nil, fmt.Errorf("no bars to draw")
	}
	p := newPlot(title(o, fmt.Sprintf(", top %d", len(bars))))
	p.X.Label.Text = yLabel(o.Class, o.Measure)
	vals := make(plotter.Values, len(bars))
	names := make([]string, len(bars))
	var labels plotter.XYLabels
	top := 0.0
	for i, b := range bars {
		j := len(bars) - 1 - i // the plot counts from the bottom
		vals[j] = b.Value
		names[j] = b.Label
		top = max(top, b.Value)
	}
	for j := range bars {
		b := bars[len(bars)-1-j]
		v := fmt.Sprintf("%.2f", b.Value)
		if o.Measure == Count {
			v = fmt.Sprintf("%.0f", b.Value)
		}
		labels.XYs = append(labels.XYs, plotter.XY{X: b.Value, Y: float64(j)})
		labels.Labels = append(labels.Labels, fmt.Sprintf("%s (%d sentences)", v, b.Totals.Sentences))
	}
	rowHeight := vg.Length(o.Height) * vg.Inch / 96 * 0.7 / vg.Length(len(bars))
	bc, err := plotter.NewBarChart(vals, rowHeight*0.75)
	if err != nil {
		return nil, err
	}
	bc.Horizontal = true
	bc.Color = palette[0]
	bc.LineStyle.Width = 0
	p.Add(bc)
	lb, err := plotter.NewLabels(labels)
	if err != nil {
		return nil, err
	}
	for i := range lb.TextStyle {
		lb.TextStyle[i].Font = font.From(sans, 10)
		lb.TextStyle[i].YAlign = draw.YCenter
	}
	lb.Offset = vg.Point{X: vg.Points(4)}
	p.Add(lb)
	p.NominalY(names...)
	p.Y.Tick.Label.Font = font.From(sans, 11)
	p.X.Min = 0
	if top == 0 {
		top = 1
	}
	// Room at the right for the value labels.
	p.X.Max = top * 1.3
	return p, nil
}

// Write renders p at o's size in format f to w.
func Write(w io.Writer, p *plot.Plot, f Format, o Options) error {
	width := vg.Length(o.Width) * vg.Inch / 96
	height := vg.Length(o.Height) * vg.Inch / 96
	var c vg.CanvasWriterTo
	switch f {
	case PNG:
		c = vgimg.PngCanvas{Canvas: vgimg.New(width, height)}
	case SVG:
		c = vgsvg.New(width, height)
	case PDF:
		pdfDates.Do(func() {
			fpdf.SetDefaultCreationDate(fixedDate)
			fpdf.SetDefaultModificationDate(fixedDate)
			fpdf.SetDefaultCatalogSort(true)
		})
		c = vgpdf.New(width, height)
	default:
		return fmt.Errorf("unknown image format %q", f)
	}
	p.Draw(draw.New(c))
	_, err := c.WriteTo(w)
	return err
}

// fixedDate stamps PDF files, which otherwise carry the time they were
// made: the same data should give the same bytes. (fpdf takes it as a
// package default; nothing else in stance writes PDF.)
var fixedDate = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

var pdfDates sync.Once
