/** How pincodes and zone rules are stored (the seed file loads both). */
import type { Zone } from '../schemas/common.ts';

export interface PincodeDocument {
  /** The pincode itself. */
  _id: string;
  area: string;
  city: string;
  state: string;
  zone: Zone;
  codAvailable: boolean;
  /** false for places known to us where we do not deliver (some islands, border areas). */
  serviceable: boolean;
}

/** Delivery time, fee and carrier for every pincode of a zone. */
export interface ZoneDocument {
  _id: Zone;
  minDays: number;
  maxDays: number;
  /** Minor units. */
  fee: number;
  /** Subtotal (minor units) from which delivery is free; null when it never is (remote areas). */
  freeShippingFrom: number | null;
  carrier: string;
}
