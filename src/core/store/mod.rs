//! What the app keeps in the browser's localStorage, and how it is written down.
//!
//! Every stored value is a [`Document`]: a serde type with a name and a schema version. It is
//! written as `{"version": N, "data": …}` under the key `cp-guide:<name>`. Reading an older
//! version runs its migrations; reading something unreadable is an error that the caller turns
//! into a message and a backup copy, never a silent reset.

mod codec;
mod kept_copy;
mod settings;

pub use codec::{
    decode, decode_value, encode, encode_value, storage_key, DecodeError, Document, KEY_PREFIX,
};
pub use kept_copy::{is_kept_copy_key, kept_copy_key, kept_copy_time};
pub use settings::{Settings, TextSize};
