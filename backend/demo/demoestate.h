#pragma once

#include "backend/api/inventory.h"

namespace edge::demo {

// Seeds a believable demo estate through `inv`: a cloud centre, two regions (华南 South China,
// 华北 North China), four edge sites at real places (Shenzhen Nanshan, Guangzhou Science City,
// Beijing Yizhuang, a factory in Tianjin TEDA), all-in-one 24U cabinets and 42U racks, nodes with
// hardware facts and labels, and the devices of a cabinet (UPS, PDU, air conditioner, switch and
// sensors). Every entity has demo=true and a name starting with "demo-" (regions end in "(demo)").
// Device and management addresses are documentation addresses (RFC 5737 TEST-NET-1/2/3); nothing
// is ever contacted.
//
// Returns the number of entities created.
//
// Idempotency: seeding refuses (Code::AlreadyExists, nothing changed) when the inventory already
// holds any demo entity; remove the demo data first (Inventory::removeDemoData). When a create
// fails half-way, the entities created so far are removed again (through removeDemoData, which is
// safe because no demo data existed before) and the error is returned.
api::Result<int> seedDemoEstate(api::Inventory &inv);

// How many entities seedDemoEstate creates (for progress displays and tests).
int demoEstateSize();

} // namespace edge::demo
