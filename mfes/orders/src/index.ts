// The async boundary of the standalone page: shared modules are negotiated before bootstrap runs.
import('./bootstrap');
