// zod's settings (no code generation under the Content-Security-Policy) before any schema is used.
import '$lib/zod';
