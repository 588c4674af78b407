//! Operations shared by every list of items: find by id, delete with undo, move up or down
//! among the items of the same group.

/// An item with a stable id.
pub trait Keyed {
    fn id(&self) -> u64;
}

/// What a delete took away, so that Undo can put it back where it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed<T> {
    pub index: usize,
    pub item: T,
}

pub(crate) fn find<T: Keyed>(items: &[T], id: u64) -> Option<&T> {
    items.iter().find(|i| i.id() == id)
}

pub(crate) fn find_mut<T: Keyed>(items: &mut [T], id: u64) -> Option<&mut T> {
    items.iter_mut().find(|i| i.id() == id)
}

pub(crate) fn remove<T: Keyed>(items: &mut Vec<T>, id: u64) -> Option<Removed<T>> {
    let index = items.iter().position(|i| i.id() == id)?;
    Some(Removed {
        index,
        item: items.remove(index),
    })
}

/// Puts a removed item back at its old place (or the end, if the list has shrunk since).
/// Does nothing if an item with its id is already there, so a double Undo adds nothing.
pub(crate) fn restore<T: Keyed>(items: &mut Vec<T>, removed: Removed<T>) {
    if find(items, removed.item.id()).is_some() {
        return;
    }
    let index = removed.index.min(items.len());
    items.insert(index, removed.item);
}

/// Swaps the item with the nearest one of the same group before it (`up`) or after it.
/// Returns false when it is already first or last in its group.
pub(crate) fn shift<T: Keyed>(
    items: &mut [T],
    id: u64,
    up: bool,
    same_group: impl Fn(&T, &T) -> bool,
) -> bool {
    let Some(from) = items.iter().position(|i| i.id() == id) else {
        return false;
    };
    let neighbour = if up {
        (0..from)
            .rev()
            .find(|&j| same_group(&items[j], &items[from]))
    } else {
        (from + 1..items.len()).find(|&j| same_group(&items[j], &items[from]))
    };
    match neighbour {
        Some(to) => {
            items.swap(from, to);
            true
        }
        None => false,
    }
}

/// Adds the items of `incoming` whose ids `items` does not have yet; an item on both sides
/// keeps the phone's version.
pub(crate) fn merge<T: Keyed>(items: &mut Vec<T>, incoming: Vec<T>) {
    for item in incoming {
        if find(items, item.id()).is_none() {
            items.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Item(u64, char);
    impl Keyed for Item {
        fn id(&self) -> u64 {
            self.0
        }
    }

    fn ids(items: &[Item]) -> Vec<u64> {
        items.iter().map(|i| i.0).collect()
    }

    #[test]
    fn remove_and_restore_put_an_item_back_in_place_once() {
        let mut items = vec![Item(1, 'a'), Item(2, 'a'), Item(3, 'a')];
        let removed = remove(&mut items, 2).unwrap();
        assert_eq!(ids(&items), [1, 3]);
        restore(&mut items, removed.clone());
        restore(&mut items, removed);
        assert_eq!(ids(&items), [1, 2, 3]);
        assert!(remove(&mut items, 9).is_none());
    }

    #[test]
    fn shift_moves_within_the_group_only() {
        let mut items = vec![Item(1, 'a'), Item(2, 'b'), Item(3, 'a'), Item(4, 'b')];
        let same = |x: &Item, y: &Item| x.1 == y.1;
        assert!(shift(&mut items, 3, true, same));
        assert_eq!(ids(&items), [3, 2, 1, 4]);
        assert!(!shift(&mut items, 3, true, same));
        assert!(!shift(&mut items, 4, false, same));
        assert!(shift(&mut items, 2, false, same));
        assert_eq!(ids(&items), [3, 4, 1, 2]);
    }
}
