// Public entry of the catalog module: other modules import only from this file.
export {};
