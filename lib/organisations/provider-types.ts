import { ProviderType } from "../generated/prisma/enums";

/** Every provider type, in the schema's order (which is the order forms offer them). */
export const PROVIDER_TYPES: readonly ProviderType[] = Object.values(ProviderType);
