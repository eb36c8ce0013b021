//! A stable sort for the short lists the app orders (a page's problems, a
//! help list). The standard library's stable sort is built for big inputs
//! and adds kilobytes of wasm for each type it sorts; this adds a few bytes.

/// Sorts by `key`, keeping equal items in the order they came (stable).
/// Insertion sort: quick for the dozens of items it is given.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = [
            "pear", "fig", "apple", "kiwi", "plum", "date", "lime", "", "banana",
        ];
        for len in 0..=words.len() {
            let mut ours: Vec<&str> = words[..len].to_vec();
            let mut std_sorted = ours.clone();
            sort_small_by_key(&mut ours, |w| w.len());
            std_sorted.sort_by_key(|w| w.len());
            assert_eq!(ours, std_sorted);
        }
    }
}
