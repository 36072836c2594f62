//! Middleware: ETag and Cache-Control on public GET answers (with 304 on a
//! matching If-None-Match), so a CDN can absorb read traffic; and a body-size
//! limit checked before any handler reads the body.

use std::future::{Ready, ready};
use std::rc::Rc;
use std::sync::Arc;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use futures_util::future::LocalBoxFuture;
use vcm_shared::{ErrorCode, Problem};

use crate::error::ApiError;

/// Adds a content-hash ETag and `Cache-Control: public` to successful GET
/// answers under `/api/` made without credentials, and answers 304 when the
/// client already holds that version.
#[derive(Debug, Clone)]
pub struct PublicCache {
    pub max_age: u32,
}

impl<S, B> Transform<S, ServiceRequest> for PublicCache
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Transform = PublicCacheMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        let cache_control = HeaderValue::from_str(&format!("public, max-age={}", self.max_age))
            .expect("a number makes a valid header");
        ready(Ok(PublicCacheMiddleware {
            service: Rc::new(service),
            cache_control,
        }))
    }
}

pub struct PublicCacheMiddleware<S> {
    service: Rc<S>,
    cache_control: HeaderValue,
}

impl<S, B> Service<ServiceRequest> for PublicCacheMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let cacheable = matches!(*req.method(), Method::GET | Method::HEAD)
            && (req.path().starts_with("/api/") || req.path().starts_with("/iiif/3/"))
            && !req.headers().contains_key(header::AUTHORIZATION);
        let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
        let cache_control = self.cache_control.clone();
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let res = service.call(req).await?;
            // Answers with their own validator (IIIF images) are left as they are.
            if !cacheable
                || res.status() != StatusCode::OK
                || res.headers().contains_key(header::ETAG)
            {
                return Ok(res.map_into_boxed_body());
            }
            let (req, res) = res.into_parts();
            let (mut head, body) = res.into_parts();
            let bytes = actix_web::body::to_bytes(body)
                .await
                .map_err(|_| ApiError::internal("could not read a response body"))?;
            // Weak: the same content may be sent gzip-compressed or not.
            let etag = format!("W/\"{:032x}\"", xxhash_rust::xxh3::xxh3_128(&bytes));
            let etag = HeaderValue::from_str(&etag).expect("hex is a valid header");
            let headers = head.headers_mut();
            headers.insert(header::ETAG, etag.clone());
            if !headers.contains_key(header::CACHE_CONTROL) {
                headers.insert(header::CACHE_CONTROL, cache_control);
            }
            let matched = if_none_match
                .as_ref()
                .is_some_and(|v| etag_matches(v, &etag));
            let res = if matched {
                let mut not_modified = HttpResponse::NotModified();
                for (name, value) in head.headers() {
                    if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                        not_modified.insert_header((name.clone(), value.clone()));
                    }
                }
                not_modified.finish()
            } else {
                head.set_body(BoxBody::new(bytes))
            };
            Ok(ServiceResponse::new(req, res))
        })
    }
}

/// Whether an If-None-Match header names this ETag (or is `*`).
pub fn etag_matches(if_none_match: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(list) = if_none_match.to_str() else {
        return false;
    };
    let etag = etag.to_str().unwrap_or_default().trim_start_matches("W/");
    list.split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == etag)
}

/// Refuses, with 413 before any handler runs, a request whose declared body is
/// larger than the server accepts there.
#[derive(Debug, Clone)]
pub struct BodyLimit {
    /// The limit for any body.
    pub max_bytes: u64,
    /// The routes that take larger bodies (uploads). The first that takes
    /// the path applies.
    pub larger: Arc<[PathLimit]>,
}

/// A test of a request's path, and the body limit where it holds.
pub type PathLimit = (fn(&str) -> bool, u64);

impl<S, B> Transform<S, ServiceRequest> for BodyLimit
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = BodyLimitMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(BodyLimitMiddleware {
            service,
            limit: self.clone(),
        }))
    }
}

pub struct BodyLimitMiddleware<S> {
    service: S,
    limit: BodyLimit,
}

impl<S, B> Service<ServiceRequest> for BodyLimitMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let declared = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        let path = req.path();
        let max = self
            .limit
            .larger
            .iter()
            .find(|(takes, _)| takes(path))
            .map_or(self.limit.max_bytes, |&(_, max)| max);
        if declared.is_some_and(|n| n > max) {
            let problem = Problem::new(
                ErrorCode::PayloadTooLarge,
                format!("the request body is larger than {max} bytes"),
            );
            let res = ApiError::Problem(problem)
                .error_response()
                .map_into_right_body();
            return Box::pin(async move { Ok(req.into_response(res)) });
        }
        let fut = self.service.call(req);
        Box::pin(async move { Ok(fut.await?.map_into_left_body()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_lists_and_weak_tags_match() {
        let etag = HeaderValue::from_static("W/\"abc\"");
        for header in ["\"abc\"", "W/\"abc\"", "\"x\", \"abc\"", "*"] {
            assert!(
                etag_matches(&HeaderValue::from_static(header), &etag),
                "{header}"
            );
        }
        assert!(!etag_matches(&HeaderValue::from_static("\"abd\""), &etag));
    }
}
