#include "CMeshProtos.h"
