/** Types every part of the order API shares: money, ids, pincodes. */

import { Money, type MoneyBody, MoneyInput, Pincode, ProductId } from '@emporium/service-kit';
import { Type } from 'typebox';

export { Money, type MoneyBody, MoneyInput, Pincode, ProductId };

export const UserId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,128}$', description: 'User id' });

export const OrderId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
