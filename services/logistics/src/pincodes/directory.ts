/**
 * The pincode directory: where we deliver, how fast, for how much. Every pincode belongs to a zone whose
 * rule sets the delivery days, the fee and the free-delivery threshold. A pincode we do not know is not
 * serviceable (an answer, not an error: shoppers type pincodes we have never heard of).
 */
import type { Collection, Db } from 'mongodb';
import type { Zone } from '../schemas/common.ts';
import type { PincodeInfoBody, QuoteBody, QuoteRequest } from '../schemas/pincodes.ts';
import { estimateDelivery } from './delivery-dates.ts';
import type { PincodeDocument, ZoneDocument } from './documents.ts';

// Zone rules change rarely (an operator edits them); quotes read them from a short-lived copy.
const zoneRulesTtlMs = 60_000;

/** A pincode we deliver to, with its zone's rule. */
export interface Destination {
  pincode: PincodeDocument;
  rule: ZoneDocument;
}

export class PincodeDirectory {
  readonly pincodes: Collection<PincodeDocument>;
  readonly zones: Collection<ZoneDocument>;
  readonly #now: () => Date;
  #rules: { byZone: Map<Zone, ZoneDocument>; loadedAt: number } | undefined;

  constructor(db: Db, now: () => Date = () => new Date()) {
    this.pincodes = db.collection<PincodeDocument>('pincodes');
    this.zones = db.collection<ZoneDocument>('zones');
    this.#now = now;
  }

  async #zoneRules(): Promise<Map<Zone, ZoneDocument>> {
    if (this.#rules && Date.now() - this.#rules.loadedAt < zoneRulesTtlMs) return this.#rules.byZone;
    const byZone = new Map((await this.zones.find().toArray()).map((z) => [z._id, z]));
    this.#rules = { byZone, loadedAt: Date.now() };
    return byZone;
  }

  async #resolve(pincode: string) {
    const [doc, rules] = await Promise.all([this.pincodes.findOne({ _id: pincode }), this.#zoneRules()]);
    const rule = doc ? rules.get(doc.zone) : undefined;
    const destination: Destination | undefined =
      doc?.serviceable && rule ? { pincode: doc, rule } : undefined;
    return { doc, destination };
  }

  /** The pincode and its zone rule when we deliver there; undefined otherwise. */
  async destination(pincode: string): Promise<Destination | undefined> {
    return (await this.#resolve(pincode)).destination;
  }

  estimate(rule: ZoneDocument) {
    return estimateDelivery(rule.minDays, rule.maxDays, this.#now());
  }

  async lookup(pincode: string): Promise<PincodeInfoBody> {
    const { doc, destination } = await this.#resolve(pincode);
    return {
      pincode,
      serviceable: destination !== undefined,
      area: doc?.area ?? null,
      city: doc?.city ?? null,
      state: doc?.state ?? null,
      zone: doc?.zone ?? null,
      codAvailable: destination?.pincode.codAvailable ?? false,
      estimatedDelivery: destination ? this.estimate(destination.rule) : null,
    };
  }

  /** The fee does not depend on the items: the catalog has no weights or sizes yet. */
  async quote(request: QuoteRequest): Promise<QuoteBody> {
    const destination = await this.destination(request.pincode);
    if (!destination) {
      return {
        pincode: request.pincode,
        serviceable: false,
        shippingFee: null,
        freeShippingApplied: false,
        codAvailable: false,
        estimatedDelivery: null,
      };
    }
    const { rule } = destination;
    const free = rule.freeShippingFrom !== null && request.subtotal.amount >= rule.freeShippingFrom;
    return {
      pincode: request.pincode,
      serviceable: true,
      shippingFee: { amount: free ? 0 : rule.fee, currency: 'INR' },
      freeShippingApplied: free,
      codAvailable: destination.pincode.codAvailable,
      estimatedDelivery: this.estimate(rule),
    };
  }
}
