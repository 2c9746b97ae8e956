/** Floor plan queries: one plan per space, and the desks' places on it. */
import { eq } from 'drizzle-orm';
import type { FloorPlanMeta } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { desks, floorPlans } from '../../db/schema.js';

export type FloorPlanRow = typeof floorPlans.$inferSelect;
type FloorPlanInfo = Omit<FloorPlanRow, 'data'>;

const infoColumns = {
  spaceId: floorPlans.spaceId,
  mediaType: floorPlans.mediaType,
  width: floorPlans.width,
  height: floorPlans.height,
  updatedAt: floorPlans.updatedAt,
};

/** Where the plan itself is fetched; the version in the query lets a browser cache it for good. */
export const floorPlanUrl = (p: FloorPlanInfo) => `/api/spaces/${p.spaceId}/floor-plan?v=${p.updatedAt.getTime()}`;
/** A strong validator: a new upload always has a new `updated_at`. */
export const floorPlanEtag = (p: FloorPlanInfo) => `"${p.updatedAt.getTime().toString(36)}-${p.width}x${p.height}"`;

export const toFloorPlanMeta = (p: FloorPlanInfo): FloorPlanMeta => ({
  spaceId: p.spaceId,
  mediaType: p.mediaType,
  width: p.width,
  height: p.height,
  updatedAt: p.updatedAt.toISOString(),
  url: floorPlanUrl(p),
});

export async function findFloorPlanInfo(db: Db, spaceId: string): Promise<FloorPlanInfo | null> {
  const [row] = await db.select(infoColumns).from(floorPlans).where(eq(floorPlans.spaceId, spaceId));
  return row ?? null;
}

export async function findFloorPlan(db: Db, spaceId: string): Promise<FloorPlanRow | null> {
  const [row] = await db.select().from(floorPlans).where(eq(floorPlans.spaceId, spaceId));
  return row ?? null;
}

/** Stores (or replaces) the space's plan; the desks keep their places (fractions of the plan). */
export async function saveFloorPlan(
  db: Db,
  values: Omit<FloorPlanRow, 'data'> & { bytes: Buffer },
): Promise<FloorPlanInfo> {
  const { bytes, ...info } = values;
  const row = { ...info, data: bytes.toString('base64') };
  const [saved] = await db
    .insert(floorPlans)
    .values(row)
    .onConflictDoUpdate({ target: floorPlans.spaceId, set: row })
    .returning(infoColumns);
  return saved!;
}

/** Removes the plan and, with it, every desk's place on it (one transaction). */
export async function deleteFloorPlan(db: Db, spaceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(floorPlans).where(eq(floorPlans.spaceId, spaceId));
    await tx.update(desks).set({ planX: null, planY: null }).where(eq(desks.spaceId, spaceId));
  });
}
