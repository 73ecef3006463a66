/**
 * The driver connection of the plain contenders, with the same pool and timeouts as the service kit's
 * (packages/service-kit/src/mongo.ts), so the database side of the comparison is the same.
 */
import { MongoClient } from 'mongodb';

export function plainClient(appName: string): { client: MongoClient; database: string } {
  const uri = process.env.MONGODB_URI;
  const database = process.env.MONGODB_DATABASE;
  if (!uri || !database) throw new Error('MONGODB_URI and MONGODB_DATABASE must be set');
  const client = new MongoClient(uri, {
    appName,
    serverSelectionTimeoutMS: 2000,
    connectTimeoutMS: 2000,
    socketTimeoutMS: 30000,
    maxPoolSize: 50,
  });
  return { client, database };
}

/** The same path as the product service, so every contender answers the very same URL. */
export const listPath = '/product-service/api/v1/products';
