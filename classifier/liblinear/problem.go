package liblinear

/*
#include <stdlib.h>

// The same structs as golearn's linear.h (liblinear 1.x), so that a
// problem built here can be handed to golearn's Train.
struct feature_node { int index; double value; };
struct problem { int l, n; double *y; struct feature_node **x; double bias; };
*/
import "C"

import (
	"errors"
	"slices"
	"unsafe"

	"github.com/sjwhitworth/golearn/linear_models"

	"stance/features"
)

// problem is a liblinear training problem built straight from sparse rows
// in C memory. Its layout is that of golearn's linear_models.Problem (one
// field, a struct problem), which is what lets golearn's Train use it.
//
// golearn's own NewProblem takes a dense [][]float64 and, through a
// counting slip, allocates a node for every cell of it: at 5,000 sentences
// by 12,000 features that was 4 GB and 12 s per training, against 0.2 s
// for the solver itself. Sparse rows in C memory cost what they hold, and
// the same problem serves all three classes with only y rewritten.
type problem struct {
	c     C.struct_problem // must stay the first field
	space unsafe.Pointer   // the nodes of every row, one allocation
}

func newProblem(x []features.Vector, dim int) (*problem, error) {
	nnz := 0
	for _, v := range x {
		nnz += len(v.Index)
	}
	n := len(x)
	nodeSize := C.size_t(unsafe.Sizeof(C.struct_feature_node{}))
	space := (*C.struct_feature_node)(C.malloc(nodeSize * C.size_t(nnz+n)))
	rows := (**C.struct_feature_node)(C.malloc(C.size_t(unsafe.Sizeof(space)) * C.size_t(n)))
	y := (*C.double)(C.malloc(C.size_t(8 * n)))
	if space == nil || rows == nil || y == nil {
		C.free(unsafe.Pointer(space))
		C.free(unsafe.Pointer(rows))
		C.free(unsafe.Pointer(y))
		return nil, errors.New("liblinear: out of memory for the training problem")
	}
	nodes := unsafe.Slice(space, nnz+n)
	rowPtrs := unsafe.Slice(rows, n)
	k := 0
	for r, v := range x {
		rowPtrs[r] = &nodes[k]
		row := nodes[k : k+len(v.Index)]
		for j, i := range v.Index {
			row[j] = C.struct_feature_node{index: C.int(i + 1), value: C.double(v.Value[j])}
		}
		// liblinear wants each row's features in ascending order.
		slices.SortFunc(row, func(a, b C.struct_feature_node) int { return int(a.index) - int(b.index) })
		k += len(row)
		nodes[k] = C.struct_feature_node{index: -1}
		k++
	}
	p := &problem{space: unsafe.Pointer(space)}
	p.c.l = C.int(n)
	p.c.n = C.int(dim)
	p.c.x = rows
	p.c.y = y
	p.c.bias = -1
	return p, nil
}

// setLabels writes the ±1 labels of one class.
func (p *problem) setLabels(pos []bool) {
	y := unsafe.Slice(p.c.y, int(p.c.l))
	for i, on := range pos {
		y[i] = -1
		if on {
			y[i] = 1
		}
	}
}

// golearn views the problem as golearn's type; see the type comment.
func (p *problem) golearn() *linear_models.Problem {
	return (*linear_models.Problem)(unsafe.Pointer(p))
}

func (p *problem) free() {
	C.free(p.space)
	C.free(unsafe.Pointer(p.c.x))
	C.free(unsafe.Pointer(p.c.y))
}
