#include "backend/commissioning/checks/checks.h"
