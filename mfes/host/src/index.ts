// The async boundary: shared modules (React, the router, the API client) are negotiated before bootstrap runs.
import('./bootstrap');
