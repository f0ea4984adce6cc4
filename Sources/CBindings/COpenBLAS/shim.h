// OpenBLAS (libopenblas-dev): cblas_sgemm for the sentence encoder's matrix products.
#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H
#include <cblas.h>
#endif
