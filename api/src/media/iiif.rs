//! IIIF Image API 3.0 requests: parsing `{region}/{size}/{rotation}/{quality}.{format}`,
//! resolving it against an image's size, and its canonical form (the cache key).

use super::pixels::{Format, Output, Quality, Rect};

/// The region asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Region {
    Full,
    Square,
    Pixels(u32, u32, u32, u32),
    Percent(f64, f64, f64, f64),
}

/// The size asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Size {
    Max,
    Width(u32),
    Height(u32),
    Percent(f64),
    Exact(u32, u32),
    Fit(u32, u32),
}

/// A parsed image request, before it meets an image.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImageRequest {
    region: Region,
    size: Size,
    upscale: bool,
    mirror: bool,
    rotation: u16,
    quality: Quality,
    format: Format,
}

/// A request resolved against an image: the pixels to take and what to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Resolved {
    pub region: Rect,
    pub output: Output,
    /// Whether the whole image is taken.
    full: bool,
    /// Whether the output is the region at its own size.
    max: bool,
}

fn decimal(s: &str) -> Option<f64> {
    // IIIF decimals: digits with an optional fraction, no sign or exponent.
    let ok = !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.bytes().filter(|&b| b == b'.').count() <= 1;
    ok.then(|| s.parse().ok()).flatten()
}

fn integer(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn parse_region(s: &str) -> Result<Region, String> {
    let bad = || format!("region {s:?} is not full, square, x,y,w,h or pct:x,y,w,h");
    match s {
        "full" => Ok(Region::Full),
        "square" => Ok(Region::Square),
        _ => match s.strip_prefix("pct:") {
            Some(pct) => {
                let p: Vec<f64> = pct
                    .split(',')
                    .map(decimal)
                    .collect::<Option<_>>()
                    .filter(|p: &Vec<f64>| p.len() == 4)
                    .ok_or_else(bad)?;
                Ok(Region::Percent(p[0], p[1], p[2], p[3]))
            }
            None => {
                let p: Vec<u32> = s
                    .split(',')
                    .map(integer)
                    .collect::<Option<_>>()
                    .filter(|p: &Vec<u32>| p.len() == 4)
                    .ok_or_else(bad)?;
                Ok(Region::Pixels(p[0], p[1], p[2], p[3]))
            }
        },
    }
}

fn parse_size(s: &str) -> Result<(Size, bool), String> {
    let bad =
        || format!("size {s:?} is not max, w,, ,h, pct:n, w,h or !w,h (each may start with ^)");
    let (upscale, rest) = match s.strip_prefix('^') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let size = if rest == "max" {
        Size::Max
    } else if let Some(pct) = rest.strip_prefix("pct:") {
        Size::Percent(decimal(pct).ok_or_else(bad)?)
    } else if let Some(fit) = rest.strip_prefix('!') {
        let (w, h) = fit.split_once(',').ok_or_else(bad)?;
        Size::Fit(integer(w).ok_or_else(bad)?, integer(h).ok_or_else(bad)?)
    } else {
        let (w, h) = rest.split_once(',').ok_or_else(bad)?;
        match (w.is_empty(), h.is_empty()) {
            (false, true) => Size::Width(integer(w).ok_or_else(bad)?),
            (true, false) => Size::Height(integer(h).ok_or_else(bad)?),
            (false, false) => Size::Exact(integer(w).ok_or_else(bad)?, integer(h).ok_or_else(bad)?),
            (true, true) => return Err(bad()),
        }
    };
    Ok((size, upscale))
}

impl ImageRequest {
    /// Reads the four path segments after the identifier.
    pub fn parse(region: &str, size: &str, rotation: &str, file: &str) -> Result<Self, String> {
        let region = parse_region(region)?;
        let (size, upscale) = parse_size(size)?;
        let (mirror, degrees) = match rotation.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, rotation),
        };
        let degrees = decimal(degrees).filter(|d| *d <= 360.0).ok_or_else(|| {
            format!("rotation {rotation:?} is not a number of degrees from 0 to 360")
        })?;
        if degrees % 90.0 != 0.0 {
            return Err(format!(
                "rotation {rotation:?}: only multiples of 90° are supported"
            ));
        }
        let (quality, format) = file
            .rsplit_once('.')
            .ok_or_else(|| format!("{file:?} is not quality.format"))?;
        let quality = Quality::parse(quality)
            .ok_or_else(|| format!("quality {quality:?} is not default, color, gray or bitonal"))?;
        let format = Format::parse(format)
            .ok_or_else(|| format!("format {format:?} is not jpg, png or webp"))?;
        Ok(Self {
            region,
            size,
            upscale,
            mirror,
            rotation: (degrees as u16) % 360,
            quality,
            format,
        })
    }

    /// The request against an image of `width` × `height`; no output may have
    /// more than `max_area` pixels.
    pub fn resolve(&self, width: u32, height: u32, max_area: u64) -> Result<Resolved, String> {
        let (iw, ih) = (u64::from(width), u64::from(height));
        let region = match self.region {
            Region::Full => Rect {
                x: 0,
                y: 0,
                w: width,
                h: height,
            },
            Region::Square => {
                let side = width.min(height);
                Rect {
                    x: (width - side) / 2,
                    y: (height - side) / 2,
                    w: side,
                    h: side,
                }
            }
            Region::Pixels(x, y, w, h) => Rect { x, y, w, h },
            Region::Percent(x, y, w, h) => {
                let px =
                    |v: f64, of: u64| (v / 100.0 * of as f64).round().min(u32::MAX as f64) as u32;
                Rect {
                    x: px(x, iw),
                    y: px(y, ih),
                    w: px(w, iw),
                    h: px(h, ih),
                }
            }
        };
        if region.w == 0 || region.h == 0 {
            return Err("the region is empty".into());
        }
        if u64::from(region.x) >= iw || u64::from(region.y) >= ih {
            return Err(format!(
                "the region starts outside the {width} × {height} image"
            ));
        }
        // A region reaching past the edge is cut at it.
        let region = Rect {
            w: region.w.min(width - region.x),
            h: region.h.min(height - region.y),
            ..region
        };
        let (rw, rh) = (f64::from(region.w), f64::from(region.h));
        let round = |v: f64| v.round().max(1.0).min(u32::MAX as f64) as u32;
        let (w, h) = match self.size {
            Size::Max => {
                let area = rw * rh;
                if area > max_area as f64 {
                    let s = (max_area as f64 / area).sqrt();
                    (
                        (rw * s).floor().max(1.0) as u32,
                        (rh * s).floor().max(1.0) as u32,
                    )
                } else {
                    (region.w, region.h)
                }
            }
            Size::Width(w) => (w, round(rh * f64::from(w) / rw)),
            Size::Height(h) => (round(rw * f64::from(h) / rh), h),
            Size::Percent(p) => (round(rw * p / 100.0), round(rh * p / 100.0)),
            Size::Exact(w, h) => (w, h),
            Size::Fit(w, h) => {
                let s = (f64::from(w) / rw).min(f64::from(h) / rh);
                (round(rw * s).min(w), round(rh * s).min(h))
            }
        };
        if w == 0 || h == 0 {
            return Err("the size is empty".into());
        }
        if !self.upscale && (w > region.w || h > region.h) {
            return Err(format!(
                "{w} × {h} is larger than the {} × {} region: ask with ^ to upscale",
                region.w, region.h
            ));
        }
        if u64::from(w) * u64::from(h) > max_area {
            return Err(format!(
                "{w} × {h} is more than the {max_area} pixels served at once"
            ));
        }
        Ok(Resolved {
            full: region
                == Rect {
                    x: 0,
                    y: 0,
                    w: width,
                    h: height,
                },
            max: (w, h) == (region.w, region.h),
            region,
            output: Output {
                width: w,
                height: h,
                mirror: self.mirror,
                rotation: self.rotation,
                quality: self.quality,
                format: self.format,
            },
        })
    }
}

impl Resolved {
    /// The canonical `{region}/{size}/{rotation}/{quality}.{format}`.
    pub fn canonical(&self) -> String {
        let r = self.region;
        let region = if self.full {
            "full".to_owned()
        } else {
            format!("{},{},{},{}", r.x, r.y, r.w, r.h)
        };
        let o = &self.output;
        let size = if self.max {
            "max".to_owned()
        } else if o.width > r.w || o.height > r.h {
            format!("^{},{}", o.width, o.height)
        } else {
            format!("{},{}", o.width, o.height)
        };
        format!(
            "{region}/{size}/{}{}/{}.{}",
            if o.mirror { "!" } else { "" },
            o.rotation,
            o.quality.name(),
            o.format.extension()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(path: &str) -> Result<String, String> {
        let p: Vec<&str> = path.split('/').collect();
        ImageRequest::parse(p[0], p[1], p[2], p[3])?
            .resolve(6000, 4000, 100_000_000)
            .map(|r| r.canonical())
    }

    #[test]
    fn requests_resolve_to_their_canonical_form() {
        for (asked, expected) in [
            ("full/max/0/default.jpg", "full/max/0/default.jpg"),
            ("full/max/0/color.jpg", "full/max/0/default.jpg"),
            (
                "square/max/0/default.jpg",
                "1000,0,4000,4000/max/0/default.jpg",
            ),
            (
                "0,0,6000,4000/600,/0/default.png",
                "full/600,400/0/default.png",
            ),
            (
                "pct:50,50,50,50/,200/90/gray.webp",
                "3000,2000,3000,2000/300,200/90/gray.webp",
            ),
            (
                "5000,3000,2000,2000/pct:50/!180/default.jpg",
                "5000,3000,1000,1000/500,500/!180/default.jpg",
            ),
            ("full/!600,600/0/default.jpg", "full/600,400/0/default.jpg"),
            ("full/^7000,/0/default.jpg", "full/^7000,4667/0/default.jpg"),
            ("full/300,300/0/default.jpg", "full/300,300/0/default.jpg"),
        ] {
            assert_eq!(canonical(asked).as_deref(), Ok(expected), "{asked}");
        }
    }

    #[test]
    fn bad_requests_are_refused() {
        for asked in [
            "full/7000,/0/default.jpg",
            "full/pct:101/0/default.jpg",
            "6000,0,10,10/max/0/default.jpg",
            "0,0,0,10/max/0/default.jpg",
            "full/0,/0/default.jpg",
            "full/max/45/default.jpg",
            "full/max/0/sepia.jpg",
            "full/max/0/default.gif",
            "full/max/-90/default.jpg",
            "pct:-1,0,10,10/max/0/default.jpg",
            "full/,/0/default.jpg",
            "full/max/0/default",
            "nonsense/max/0/default.jpg",
        ] {
            assert!(canonical(asked).is_err(), "{asked}");
        }
    }
}
