//! The browser entry: wakes the islands on a server-rendered page. Pages work without it.

// Linking the app crate is what registers its islands; without this line none becomes
// interactive ("Could not find WASM function for the island").
#[allow(unused_extern_crates)]
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
