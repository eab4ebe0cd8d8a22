// Explains a GRPCRoute (the shared route explainer: ./gateway-route.ts).
import { routeExplainer } from './gateway-route.js';

export const explainer = routeExplainer('GRPCRoute');
