//! A deep-zoom viewer for one image, in a modal dialog. It reads the image's
//! IIIF `info.json`, then shows only the tiles in view, from the level of the
//! image pyramid the zoom needs, over a scaled whole image that stands in
//! while they load. Drag (mouse or touch) or the arrow keys move around; the
//! wheel, a pinch, a double-click or + and - zoom; 0 shows the whole image.

use std::time::Duration;

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::html;
use leptos::prelude::*;
use vcm_shared::ImageService3;
use wasm_bindgen::{JsCast, JsValue};

use crate::api;
use crate::components::image::safe_color;
use crate::i18n::{Key, t, t_with};

/// The longest side of the whole image shown under the tiles.
const BACKDROP_SIZE: u32 = 1024;
/// The most a full-image pixel is enlarged: two screen pixels.
const MAX_SCALE: f64 = 2.0;
/// How much a button or key press zooms.
const STEP: f64 = 1.5;
/// How far an arrow key moves, as a share of the viewport.
const PAN_STEP: f64 = 0.15;
/// The tile size when the service names none.
const DEFAULT_TILE: u32 = 512;
/// A bound on the tiles shown at once, whatever the service says.
const MAX_TILES: usize = 400;
/// How long the zoom must rest before it is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(450);

/// Where the viewer looks: the zoom (1 = the whole image fits) and the point
/// of the image at the viewport's centre, in full-image pixels. Kept this way
/// so that a resize (full screen, a phone turned) keeps the same view.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    zoom: f64,
    cx: f64,
    cy: f64,
}

/// The image's size and the viewport's, in full-image and CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Geometry {
    width: f64,
    height: f64,
    vw: f64,
    vh: f64,
}

impl Geometry {
    fn new(width: u32, height: u32, (vw, vh): (f64, f64)) -> Option<Self> {
        (width > 0 && height > 0 && vw > 0.0 && vh > 0.0).then(|| Geometry {
            width: f64::from(width),
            height: f64::from(height),
            vw,
            vh,
        })
    }

    /// Screen pixels per image pixel when the whole image fits.
    fn fit(&self) -> f64 {
        (self.vw / self.width).min(self.vh / self.height)
    }

    /// The zoom at which an image pixel takes [`MAX_SCALE`] screen pixels
    /// (never less than the whole image).
    fn max_zoom(&self) -> f64 {
        (MAX_SCALE / self.fit()).max(1.0)
    }

    /// Screen pixels per image pixel in `v`.
    fn scale(&self, v: View) -> f64 {
        self.fit() * v.zoom
    }

    /// The whole image, centred.
    fn home(&self) -> View {
        View {
            zoom: 1.0,
            cx: self.width / 2.0,
            cy: self.height / 2.0,
        }
    }

    /// `v` within bounds: zoom between the whole image and the most, and no
    /// empty band beside an image larger than the viewport.
    fn clamp(&self, v: View) -> View {
        let zoom = if v.zoom.is_finite() {
            v.zoom.clamp(1.0, self.max_zoom())
        } else {
            1.0
        };
        let s = self.fit() * zoom;
        let axis = |c: f64, full: f64, view: f64| {
            let half = view / (2.0 * s);
            if full <= 2.0 * half || !c.is_finite() {
                full / 2.0
            } else {
                c.clamp(half, full - half)
            }
        };
        View {
            zoom,
            cx: axis(v.cx, self.width, self.vw),
            cy: axis(v.cy, self.height, self.vh),
        }
    }

    /// Where the image's top left corner is in the viewport.
    fn origin(&self, v: View) -> (f64, f64) {
        let s = self.scale(v);
        (self.vw / 2.0 - v.cx * s, self.vh / 2.0 - v.cy * s)
    }

    /// `v` zoomed by `factor`, keeping the image point under `at` (viewport
    /// pixels) where it is.
    fn zoom_at(&self, v: View, factor: f64, (px, py): (f64, f64)) -> View {
        let s = self.scale(v);
        let (ix, iy) = (
            v.cx + (px - self.vw / 2.0) / s,
            v.cy + (py - self.vh / 2.0) / s,
        );
        let zoom = (v.zoom * factor).clamp(1.0, self.max_zoom());
        let s2 = self.fit() * zoom;
        self.clamp(View {
            zoom,
            cx: ix - (px - self.vw / 2.0) / s2,
            cy: iy - (py - self.vh / 2.0) / s2,
        })
    }

    /// `v` with the image moved by (`dx`, `dy`) screen pixels.
    fn pan(&self, v: View, dx: f64, dy: f64) -> View {
        let s = self.scale(v);
        self.clamp(View {
            cx: v.cx - dx / s,
            cy: v.cy - dy / s,
            ..v
        })
    }

    /// The CSS that puts a region of the image (full-image pixels) where it
    /// shows in the viewport. Edges are rounded to whole pixels, so that
    /// neighbouring tiles meet without a seam.
    fn place(&self, v: View, (x, y, w, h): (f64, f64, f64, f64)) -> String {
        let s = self.scale(v);
        let (ox, oy) = self.origin(v);
        let (left, top) = ((ox + x * s).round(), (oy + y * s).round());
        let (right, bottom) = ((ox + (x + w) * s).round(), (oy + (y + h) * s).round());
        format!(
            "transform: translate({left}px, {top}px); width: {}px; height: {}px;",
            right - left,
            bottom - top
        )
    }
}

/// One tile: its address and the region of the full image it shows.
#[derive(Debug, Clone, PartialEq)]
struct Tile {
    url: String,
    region: (u32, u32, u32, u32),
}

/// The image pyramid a IIIF service offers.
#[derive(Debug, Clone, PartialEq)]
struct Pyramid {
    width: u32,
    height: u32,
    tile_w: u32,
    tile_h: u32,
    /// Scale factors, smallest (sharpest) first.
    factors: Vec<u32>,
}

impl Pyramid {
    fn of(info: &ImageService3) -> Self {
        let tiles = info.tiles.first();
        let tile_w = tiles.map_or(DEFAULT_TILE, |t| t.width).max(1);
        let tile_h = tiles.and_then(|t| t.height).unwrap_or(tile_w).max(1);
        let mut factors: Vec<u32> = tiles
            .map(|t| t.scale_factors.clone())
            .unwrap_or_default()
            .into_iter()
            .filter(|f| *f > 0)
            .collect();
        if factors.is_empty() {
            // Halve until one tile holds the whole image.
            let longest = info.width.max(info.height);
            let mut f = 1u32;
            loop {
                factors.push(f);
                if tile_w.saturating_mul(f) >= longest || f >= 1 << 16 {
                    break;
                }
                f *= 2;
            }
        }
        factors.sort_unstable();
        factors.dedup();
        Pyramid {
            width: info.width,
            height: info.height,
            tile_w,
            tile_h,
            factors,
        }
    }

    /// The coarsest level still as sharp as the screen, `density` being
    /// device pixels per full-image pixel.
    fn level(&self, density: f64) -> u32 {
        let wanted = 1.0 / density;
        self.factors
            .iter()
            .copied()
            .filter(|f| f64::from(*f) <= wanted)
            .max()
            .unwrap_or_else(|| self.factors.first().copied().unwrap_or(1))
    }

    /// The tiles in view, at the level the zoom needs.
    fn tiles(&self, base: &str, g: Geometry, v: View, dpr: f64) -> Vec<Tile> {
        let s = g.scale(v);
        if !(s.is_finite() && s > 0.0) {
            return Vec::new();
        }
        let sf = self.level(s * dpr);
        let (tw, th) = (
            self.tile_w.saturating_mul(sf),
            self.tile_h.saturating_mul(sf),
        );
        let (ox, oy) = g.origin(v);
        let (x0, x1) = ((-ox / s).max(0.0), ((g.vw - ox) / s).min(g.width));
        let (y0, y1) = ((-oy / s).max(0.0), ((g.vh - oy) / s).min(g.height));
        if x1 <= x0 || y1 <= y0 {
            return Vec::new();
        }
        let span = |from: f64, to: f64, size: u32| {
            let size = f64::from(size);
            ((from / size).floor() as u32, (to / size).ceil() as u32)
        };
        let (c0, c1) = span(x0, x1, tw);
        let (r0, r1) = span(y0, y1, th);
        let mut out = Vec::new();
        for r in r0..r1 {
            for c in c0..c1 {
                let (x, y) = (c.saturating_mul(tw), r.saturating_mul(th));
                if x >= self.width || y >= self.height {
                    continue;
                }
                let (w, h) = (tw.min(self.width - x), th.min(self.height - y));
                let out_w = w.div_ceil(sf);
                out.push(Tile {
                    url: format!("{base}/{x},{y},{w},{h}/{out_w},/0/default.jpg"),
                    region: (x, y, w, h),
                });
                if out.len() >= MAX_TILES {
                    return out;
                }
            }
        }
        out
    }
}

/// Whether this browser can show an element full screen.
fn fullscreen_enabled() -> bool {
    js_sys::Reflect::get(&document(), &JsValue::from_str("fullscreenEnabled"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The viewer's state, shared by its event handlers.
#[derive(Clone, Copy)]
struct Viewer {
    geometry: Memo<Option<Geometry>>,
    current: Memo<Option<View>>,
    view: RwSignal<Option<View>>,
    viewport: NodeRef<html::Div>,
}

impl Viewer {
    /// Changes the view, once the image and the viewport are measured.
    fn change(self, f: impl FnOnce(Geometry, View) -> View) {
        if let (Some(g), Some(v)) = (self.geometry.get_untracked(), self.current.get_untracked()) {
            self.view.set(Some(f(g, v)));
        }
    }

    /// Zooms around the viewport's centre.
    fn zoom_by(self, factor: f64) {
        self.change(|g, v| g.zoom_at(v, factor, (g.vw / 2.0, g.vh / 2.0)));
    }

    /// Back to the whole image.
    fn reset(self) {
        self.view.set(None);
    }

    /// Whether the view shows the whole image (or nothing yet).
    fn at_min(self) -> bool {
        self.current.get().is_none_or(|v| v.zoom <= 1.0 + 1e-6)
    }

    /// Whether the view is zoomed in as far as it goes (or shows nothing yet).
    fn at_max(self) -> bool {
        self.geometry
            .get()
            .zip(self.current.get())
            .is_none_or(|(g, v)| v.zoom >= g.max_zoom() - 1e-6)
    }

    /// Moves or zooms for a key the viewer knows, saying whether it did:
    /// the arrows move, + and - zoom, 0 shows the whole image.
    fn key(self, key: &str) -> bool {
        let (dx, dy) = self
            .geometry
            .get_untracked()
            .map_or((0.0, 0.0), |g| (g.vw * PAN_STEP, g.vh * PAN_STEP));
        match key {
            "ArrowLeft" => self.change(|g, v| g.pan(v, dx, 0.0)),
            "ArrowRight" => self.change(|g, v| g.pan(v, -dx, 0.0)),
            "ArrowUp" => self.change(|g, v| g.pan(v, 0.0, dy)),
            "ArrowDown" => self.change(|g, v| g.pan(v, 0.0, -dy)),
            "+" | "=" => self.zoom_by(STEP),
            "-" | "_" => self.zoom_by(1.0 / STEP),
            "0" => self.reset(),
            _ => return false,
        }
        true
    }

    /// Follows pointers that moved from `before` to `after` (id, x, y): one
    /// drags the image, two pinch and drag it.
    fn follow(self, before: &[(i32, f64, f64)], after: &[(i32, f64, f64)]) {
        match (before, after) {
            ([a], [b]) => self.change(|g, v| g.pan(v, b.1 - a.1, b.2 - a.2)),
            ([a0, a1, ..], [b0, b1, ..]) => {
                let mid = |p: &(i32, f64, f64), q: &(i32, f64, f64)| {
                    ((p.1 + q.1) / 2.0, (p.2 + q.2) / 2.0)
                };
                let gap = |p: &(i32, f64, f64), q: &(i32, f64, f64)| (p.1 - q.1).hypot(p.2 - q.2);
                let (m0, m1) = (mid(a0, a1), mid(b0, b1));
                let (d0, d1) = (gap(a0, a1), gap(b0, b1));
                let factor = if d0 > 1.0 { d1 / d0 } else { 1.0 };
                self.change(|g, v| g.zoom_at(g.pan(v, m1.0 - m0.0, m1.1 - m0.1), factor, m1));
            }
            _ => {}
        }
    }

    /// Where a pointer is, in viewport pixels.
    fn point(self, ev: &web_sys::MouseEvent) -> (f64, f64) {
        let (left, top) = self
            .viewport
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (r.left(), r.top())
            })
            .unwrap_or_default();
        (
            f64::from(ev.client_x()) - left,
            f64::from(ev.client_y()) - top,
        )
    }
}

/// An icon drawn on a 24 × 24 grid, for the viewer's buttons.
#[component]
fn Icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="deep-zoom__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}

const ICON_IN: &str = "M12 5v14M5 12h14";
const ICON_OUT: &str = "M5 12h14";
const ICON_RESET: &str = "M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4 4.5v4h4";
const ICON_FULL: &str = "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5";
const ICON_EXIT_FULL: &str = "M9 4v5H4M15 4v5h5M15 20v-5h5M9 20v-5H4";
const ICON_CLOSE: &str = "M6 6l12 12M18 6L6 18";

/// The deep-zoom viewer, as a modal dialog that opens when it is drawn. It
/// takes focus; `on_close` is told when the visitor closes it (the close
/// button, Escape, a click beside it), and the page then removes it and
/// gives focus back to what opened it.
#[component]
pub fn DeepZoom(
    /// The image's IIIF Image API service, e.g. `/iiif/3/abcd`.
    #[prop(into)]
    iiif: String,
    /// The work's title, which names the dialog.
    #[prop(into)]
    title: String,
    /// The image's text alternative.
    #[prop(into)]
    alt: String,
    /// The image's average colour, shown before anything has loaded.
    #[prop(optional)]
    color: Option<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let base = iiif.trim_end_matches('/').to_owned();
    let info = LocalResource::new({
        let base = base.clone();
        move || {
            let base = base.clone();
            async move { api::iiif_info(&base).await }
        }
    });
    let pyramid = Memo::new(move |_| {
        info.get()
            .and_then(Result::ok)
            .map(|info| Pyramid::of(&info))
    });
    let dialog = NodeRef::<html::Dialog>::new();
    let frame = NodeRef::<html::Div>::new();
    let viewport = NodeRef::<html::Div>::new();
    let fullscreen = RwSignal::new(false);
    let size = measure_viewport(dialog, viewport, fullscreen);
    let view = RwSignal::new(None::<View>);
    let geometry = Memo::new(move |_| {
        pyramid.with(|p| {
            p.as_ref()
                .and_then(|p| Geometry::new(p.width, p.height, size.get()))
        })
    });
    let current = Memo::new(move |_| {
        geometry
            .get()
            .map(|g| g.clamp(view.get().unwrap_or_else(|| g.home())))
    });
    let viewer = Viewer {
        geometry,
        current,
        view,
        viewport,
    };
    let dpr = window().device_pixel_ratio().max(1.0);
    let tiles = Memo::new({
        let base = base.clone();
        move |_| {
            pyramid.with(|p| match (p, geometry.get(), current.get()) {
                (Some(p), Some(g), Some(v)) => p.tiles(&base, g, v, dpr),
                _ => Vec::new(),
            })
        }
    });
    let percent = Memo::new(move |_| current.get().map(|v| (v.zoom * 100.0).round() as i64));
    let announced = announce_zoom(percent);
    on_cleanup(|| {
        let doc = document();
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    });
    let on_key = move |ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            on_close.run(());
        } else if !viewer.key(&key) {
            return;
        }
        ev.prevent_default();
    };
    // A click on the dialog itself, not its content, is a click beside the viewer.
    let on_backdrop = move |ev: MouseEvent| {
        let outside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
            .is_some();
        if outside {
            on_close.run(());
        }
    };
    let label = t_with(Key::ZoomDialogLabel, &[("title", &title)]);
    let background = color
        .as_deref()
        .and_then(safe_color)
        .map(|c| format!("background-color: {c};"))
        .unwrap_or_default();

    view! {
        <dialog
            node_ref=dialog
            class="deep-zoom-dialog"
            role="dialog"
            aria-modal="true"
            aria-label=label
            aria-describedby="deep-zoom-help"
            data-testid="deep-zoom"
            data-zoom=move || {
                let zoom = current.get().map_or(1.0, |v| v.zoom);
                format!("{}", (zoom * 1000.0).round() / 1000.0)
            }
            on:keydown=on_key
            on:close=move |_| {
                on_close.try_run(());
            }
            on:click=on_backdrop
        >
            <div class="deep-zoom" node_ref=frame>
                <div class="deep-zoom__bar">
                    <div class="deep-zoom__heading">
                        <p class="deep-zoom__title">{title}</p>
                        <p class="deep-zoom__hint" aria-hidden="true">{t(Key::ZoomHint)}</p>
                    </div>
                    <Toolbar viewer percent fullscreen frame on_close />
                </div>
                <Viewport viewer info base background alt tiles />
                <p id="deep-zoom-help" class="visually-hidden">{t(Key::ZoomInstructions)}</p>
                <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="zoom-announcement">
                    {move || announced.get()}
                </p>
            </div>
        </dialog>
    }
}

/// The viewport's size in CSS pixels: measured when the dialog opens (which
/// it opens, giving the viewport focus), and again whenever the viewport, the
/// window or the full-screen state (kept in `fullscreen`) changes.
fn measure_viewport(
    dialog: NodeRef<html::Dialog>,
    viewport: NodeRef<html::Div>,
    fullscreen: RwSignal<bool>,
) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new((0.0, 0.0));
    let measure = move || {
        if let Some(el) = viewport.get_untracked() {
            size.set((f64::from(el.client_width()), f64::from(el.client_height())));
        }
    };
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
            measure();
            // Once more after the first frame, when the toolbar has wrapped as it will.
            request_animation_frame(measure);
            if let Some(v) = viewport.get_untracked() {
                let _ = v.focus();
            }
        }
    });
    // The viewport appears once info.json has come, and is laid out some time
    // after: it is measured whenever its size changes, from its first layout on.
    Effect::new(move |_| {
        let Some(el) = viewport.get() else { return };
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&el);
        let held = send_wrapper::SendWrapper::new((observer, callback));
        on_cleanup(move || held.take().0.disconnect());
    });
    let on_resize = window_event_listener_untyped("resize", move |_| measure());
    let on_fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        fullscreen.set(document().fullscreen_element().is_some());
        measure();
    });
    on_cleanup(move || {
        on_resize.remove();
        on_fullscreen.remove();
    });
    size
}

/// What screen readers are told of the zoom: announced once it rests, not at
/// every step of a pinch.
fn announce_zoom(percent: Memo<Option<i64>>) -> RwSignal<String> {
    let announced = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let Some(p) = percent.get() else {
            return;
        };
        let text = t_with(Key::ZoomLevel, &[("percent", &p.to_string())]);
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || announced.set(text), ANNOUNCE_AFTER).ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
    });
    announced
}

/// The viewer's buttons: zoom out and in with the level between, the whole
/// image, full screen where the browser allows it, and close.
#[component]
fn Toolbar(
    viewer: Viewer,
    percent: Memo<Option<i64>>,
    fullscreen: RwSignal<bool>,
    frame: NodeRef<html::Div>,
    on_close: Callback<()>,
) -> impl IntoView {
    let toggle_fullscreen = move |_| {
        let doc = document();
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        } else if let Some(el) = frame.get_untracked() {
            let _ = el.request_fullscreen();
        }
    };
    view! {
        <div class="deep-zoom__tools">
            <button
                type="button"
                class="deep-zoom__button"
                aria-disabled=move || viewer.at_min().to_string()
                on:click=move |_| viewer.zoom_by(1.0 / STEP)
                data-testid="zoom-out"
            >
                <Icon path=ICON_OUT />
                <span class="deep-zoom__label">{t(Key::ZoomOut)}</span>
            </button>
            <span class="deep-zoom__level" aria-hidden="true">
                {move || percent.get().map(|p| format!("{p}%")).unwrap_or_default()}
            </span>
            <button
                type="button"
                class="deep-zoom__button"
                aria-disabled=move || viewer.at_max().to_string()
                on:click=move |_| viewer.zoom_by(STEP)
                data-testid="zoom-in"
            >
                <Icon path=ICON_IN />
                <span class="deep-zoom__label">{t(Key::ZoomIn)}</span>
            </button>
            <button
                type="button"
                class="deep-zoom__button"
                on:click=move |_| viewer.reset()
                data-testid="zoom-reset"
            >
                <Icon path=ICON_RESET />
                <span class="deep-zoom__label">{t(Key::ZoomReset)}</span>
            </button>
            {fullscreen_enabled()
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="deep-zoom__button"
                            aria-pressed=move || fullscreen.get().to_string()
                            on:click=toggle_fullscreen
                            data-testid="zoom-fullscreen"
                        >
                            {move || {
                                let icon = if fullscreen.get() { ICON_EXIT_FULL } else { ICON_FULL };
                                view! { <Icon path=icon /> }
                            }}
                            <span class="deep-zoom__label">{t(Key::ZoomFullscreen)}</span>
                        </button>
                    }
                })}
            <button
                type="button"
                class="deep-zoom__button deep-zoom__button--close"
                on:click=move |_| on_close.run(())
                data-testid="zoom-close"
            >
                <Icon path=ICON_CLOSE />
                <span class="deep-zoom__label">{t(Key::ZoomClose)}</span>
            </button>
        </div>
    }
}

/// Where the image shows: the loading and failed states, then the scaled
/// whole image under the tiles in view. Pointers down on it (mouse, pen,
/// fingers) drag with one and pinch with two; the wheel and a double-click
/// zoom.
#[component]
fn Viewport(
    viewer: Viewer,
    info: LocalResource<Result<ImageService3, api::ApiError>>,
    base: String,
    /// The CSS of the image's average colour, shown before anything has loaded.
    background: String,
    alt: String,
    tiles: Memo<Vec<Tile>>,
) -> impl IntoView {
    let Viewer {
        geometry,
        current,
        viewport,
        ..
    } = viewer;
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let dragging = RwSignal::new(false);
    let on_pointer_down = move |ev: PointerEvent| {
        // Nothing to drag while the image is loading or failed (and the
        // buttons of those states must keep their clicks).
        if geometry.get_untracked().is_none() || (ev.pointer_type() == "mouse" && ev.button() != 0)
        {
            return;
        }
        if let Some(el) = viewport.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        let (x, y) = viewer.point(&ev);
        let id = ev.pointer_id();
        pointers.update_value(|list| {
            list.retain(|p| p.0 != id);
            list.push((id, x, y));
        });
        dragging.set(true);
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        let (x, y) = viewer.point(&ev);
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|p| p.0 == id) else {
            return;
        };
        let mut after = before.clone();
        after[i] = (id, x, y);
        pointers.set_value(after.clone());
        viewer.follow(&before, &after);
    };
    let on_pointer_end = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|list| list.retain(|p| p.0 != id));
        if pointers.with_value(Vec::is_empty) {
            dragging.set(false);
        }
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        // A trackpad pinch arrives as a wheel with Ctrl, in small steps.
        let rate = if ev.ctrl_key() { 0.01 } else { 0.002 };
        let factor = (-ev.delta_y() * unit * rate).clamp(-1.0, 1.0).exp();
        let at = viewer.point(&ev);
        viewer.change(|g, v| g.zoom_at(v, factor, at));
    };
    let on_double_click = move |ev: MouseEvent| {
        let at = viewer.point(&ev);
        viewer.change(|g, v| {
            if v.zoom >= g.max_zoom() - 1e-6 {
                g.home()
            } else {
                g.zoom_at(v, 2.0, at)
            }
        });
    };
    let backdrop_style = move || match (geometry.get(), current.get()) {
        (Some(g), Some(v)) => {
            format!("{}{background}", g.place(v, (0.0, 0.0, g.width, g.height)))
        }
        _ => "display: none;".to_owned(),
    };
    let image = move || {
        match info.get() {
        None => view! {
            <div class="deep-zoom__state" role="status" data-testid="deep-zoom-loading">
                <span class="spinner" aria-hidden="true"></span>
                <span>{t(Key::ZoomLoading)}</span>
            </div>
        }
        .into_any(),
        Some(Err(_)) => view! {
            <div class="deep-zoom__state deep-zoom__state--error" role="alert" data-testid="deep-zoom-error">
                <p class="deep-zoom__state-title">{t(Key::ZoomFailed)}</p>
                <p>{t(Key::ZoomFailedHint)}</p>
                <button type="button" class="button button--small" on:click=move |_| info.refetch()>
                    {t(Key::TryAgain)}
                </button>
            </div>
        }
        .into_any(),
        Some(Ok(info)) => view! {
            <img
                class="deep-zoom__backdrop"
                src=format!("{base}/full/{},/0/default.jpg", info.width.clamp(1, BACKDROP_SIZE))
                alt=""
                draggable="false"
                style=backdrop_style.clone()
            />
            <For
                each=move || tiles.get()
                key=|tile| tile.url.clone()
                children=move |tile| view! { <TileImage tile geometry current /> }
            />
        }
        .into_any(),
    }
    };
    view! {
        <div
            id="deep-zoom-viewport"
            class="deep-zoom__viewport"
            class:is-dragging=move || dragging.get()
            node_ref=viewport
            tabindex="0"
            role="application"
            aria-roledescription=t(Key::ZoomRoleDescription)
            aria-label=alt
            aria-describedby="deep-zoom-help"
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_end
            on:pointercancel=on_pointer_end
            on:lostpointercapture=on_pointer_end
            on:wheel=on_wheel
            on:dblclick=on_double_click
        >
            {image}
        </div>
    }
}

/// One tile, placed where its region shows; it fades in once loaded, and one
/// that fails leaves the whole image beneath it showing.
#[component]
fn TileImage(
    tile: Tile,
    geometry: Memo<Option<Geometry>>,
    current: Memo<Option<View>>,
) -> impl IntoView {
    let loaded = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let (x, y, w, h) = tile.region;
    let region = (f64::from(x), f64::from(y), f64::from(w), f64::from(h));
    let style = move || match (geometry.get(), current.get()) {
        (Some(g), Some(v)) => g.place(v, region),
        _ => "display: none;".to_owned(),
    };
    view! {
        <img
            class="deep-zoom__tile"
            class:is-loaded=move || loaded.get()
            hidden=move || failed.get()
            src=tile.url
            alt=""
            draggable="false"
            decoding="async"
            style=style
            on:load=move |_| loaded.set(true)
            on:error=move |_| failed.set(true)
            data-testid="deep-zoom-tile"
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vcm_shared::ImageServiceTiles;

    fn geometry() -> Geometry {
        Geometry::new(4000, 2000, (1000.0, 800.0)).unwrap()
    }

    fn pyramid() -> Pyramid {
        Pyramid::of(&ImageService3 {
            context: String::new(),
            id: "/iiif/3/test".into(),
            kind: "ImageService3".into(),
            protocol: String::new(),
            profile: "level2".into(),
            width: 4000,
            height: 2000,
            max_area: None,
            sizes: Vec::new(),
            tiles: vec![ImageServiceTiles {
                width: 512,
                height: None,
                scale_factors: vec![1, 2, 4, 8],
            }],
            extra_qualities: Vec::new(),
            extra_formats: Vec::new(),
            extra_features: Vec::new(),
            rights: None,
        })
    }

    #[test]
    fn the_whole_image_fits_at_zoom_one() {
        let g = geometry();
        assert_eq!(g.fit(), 0.25);
        assert_eq!(g.max_zoom(), 8.0);
        let home = g.home();
        assert_eq!(g.origin(home), (0.0, 150.0));
    }

    #[test]
    fn zoom_is_clamped_and_keeps_the_point_under_the_cursor() {
        let g = geometry();
        let v = g.zoom_at(g.home(), 100.0, (500.0, 400.0));
        assert_eq!(v.zoom, 8.0);
        let v = g.zoom_at(g.home(), 0.1, (0.0, 0.0));
        assert_eq!(v, g.home());
        let v = g.zoom_at(g.home(), 2.0, (250.0, 400.0));
        // The image point under the cursor (1000, 1000) stays under it.
        let s = g.scale(v);
        let (ox, oy) = g.origin(v);
        assert!((ox + 1000.0 * s - 250.0).abs() < 1e-9);
        assert!((oy + 1000.0 * s - 400.0).abs() < 1e-9);
    }

    #[test]
    fn panning_stops_at_the_edges() {
        let g = geometry();
        let v = g.pan(g.zoom_at(g.home(), 4.0, (500.0, 400.0)), 1e6, 1e6);
        assert_eq!(g.origin(v), (0.0, 0.0));
    }

    #[test]
    fn levels_follow_the_zoom() {
        let p = pyramid();
        assert_eq!(p.level(0.25), 4);
        assert_eq!(p.level(0.2), 4);
        assert_eq!(p.level(0.01), 8);
        assert_eq!(p.level(1.0), 1);
        assert_eq!(p.level(2.0), 1);
    }

    #[test]
    fn only_tiles_in_view_are_asked_for() {
        let (g, p) = (geometry(), pyramid());
        let whole = p.tiles("/iiif/3/x", g, g.home(), 1.0);
        // Level 4: tiles of 2048 full-image pixels, 2 × 1.
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].url, "/iiif/3/x/0,0,2048,2000/512,/0/default.jpg");
        assert_eq!(
            whole[1].url,
            "/iiif/3/x/2048,0,1952,2000/488,/0/default.jpg"
        );
        let close = p.tiles("/iiif/3/x", g, g.zoom_at(g.home(), 8.0, (0.0, 0.0)), 1.0);
        assert!(close.iter().all(|t| t.url.ends_with("/512,/0/default.jpg")));
        assert!(close.len() <= 6);
    }
}
