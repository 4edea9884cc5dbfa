//! Page by page: a crawler hands over each page as it arrives and gets the
//! cleaned [`Document`] back, metadata and all, without the command line.
//!
//! [`Pipeline::document`] cleans one page. [`Pipeline::documents`] turns any
//! iterator of pages into a lazy iterator of documents, in order, holding one
//! page at a time. [`Pipeline::documents_parallel`] does the same on several
//! threads, still in input order, with a bounded number of pages in flight.
//!
//! ```
//! let pages = ["<title>A</title><p>First story, in one sentence.</p><p>Share</p>", "Plain text.\n\nAdvertisement"];
//! let docs: Vec<unclutter::html::Document> = unclutter::default_pipeline().documents(pages).collect();
//! assert_eq!(docs[0].title.as_deref(), Some("A"));
//! assert_eq!(docs[0].text, "First story, in one sentence.");
//! assert_eq!(docs[1].text, "Plain text.");
//! ```

use std::collections::BTreeMap;
use std::sync::mpsc;

use crate::html::Document;
use crate::pipeline::Pipeline;
use crate::report::Discard;

impl Pipeline {
    /// Cleans one page, HTML or text (sniffed), into a [`Document`]: the
    /// page's metadata (for HTML) and its cleaned text.
    ///
    /// ```
    /// let doc = unclutter::default_pipeline().document(
    ///     "<html lang=en><head><title>Budget passes</title></head><body><p>The vote was close in in the end.</p></body></html>",
    /// );
    /// assert_eq!(doc.language.as_deref(), Some("en"));
    /// assert_eq!(doc.text, "The vote was close in the end.");
    /// ```
    pub fn document(&self, page: &str) -> Document {
        if crate::looks_like_html(page) {
            let mut doc = crate::html::extract_dropping(page, self.drop_selectors(), &mut Discard);
            let cleaned = self.clean_text(&doc.text);
            if cleaned.len() != doc.text.len() {
                doc.text = cleaned.into_owned();
            }
            doc
        } else {
            Document { text: self.clean_text(page).into_owned(), ..Document::default() }
        }
    }

    /// A lazy iterator of the cleaned documents of `pages`, in order.
    pub fn documents<I>(&self, pages: I) -> Documents<'_, I::IntoIter>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        Documents { pipeline: self, pages: pages.into_iter() }
    }

    /// Cleans `pages` on `threads` threads and calls `each` with every
    /// document, in input order, on the calling thread. At most four pages
    /// per thread are read ahead, so memory stays bounded however long the
    /// stream.
    ///
    /// ```
    /// let pages = (0..100).map(|i| format!("<p>Story number {i}, told in full.</p><p>Tweet</p>"));
    /// let mut texts = Vec::new();
    /// unclutter::default_pipeline().documents_parallel(pages, 2, |doc| texts.push(doc.text));
    /// assert_eq!(texts.len(), 100);
    /// assert_eq!(texts[42], "Story number 42, told in full.");
    /// ```
    pub fn documents_parallel<I>(&self, pages: I, threads: usize, mut each: impl FnMut(Document))
    where
        I: IntoIterator,
        I::Item: AsRef<str> + Send,
    {
        let threads = threads.max(1);
        let (work_tx, work_rx) = mpsc::sync_channel::<(u64, I::Item)>(threads * 4);
        let work_rx = std::sync::Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<(u64, Document)>();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                let (work_rx, done_tx) = (&work_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let next = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, page))) = next else { break };
                    if done_tx.send((seq, self.document(page.as_ref()))).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            let mut pending = BTreeMap::new();
            let mut next_out = 0u64;
            let mut deliver = |pending: &mut BTreeMap<u64, Document>, next_out: &mut u64| {
                while let Some(doc) = pending.remove(next_out) {
                    each(doc);
                    *next_out += 1;
                }
            };
            for (seq, page) in (0u64..).zip(pages) {
                // Hand the page over, collecting finished documents while the queue is full.
                let mut item = (seq, page);
                loop {
                    match work_tx.try_send(item) {
                        Ok(()) => break,
                        Err(mpsc::TrySendError::Full(back)) => {
                            item = back;
                            if let Ok((s, d)) = done_rx.recv() {
                                pending.insert(s, d);
                                deliver(&mut pending, &mut next_out);
                            }
                        }
                        Err(mpsc::TrySendError::Disconnected(_)) => return,
                    }
                }
                while let Ok((s, d)) = done_rx.try_recv() {
                    pending.insert(s, d);
                }
                deliver(&mut pending, &mut next_out);
            }
            drop(work_tx);
            for (s, d) in done_rx {
                pending.insert(s, d);
                deliver(&mut pending, &mut next_out);
            }
        });
    }
}

/// The iterator of [`Pipeline::documents`].
#[derive(Debug)]
pub struct Documents<'p, I> {
    pipeline: &'p Pipeline,
    pages: I,
}

impl<I> Iterator for Documents<'_, I>
where
    I: Iterator,
    I::Item: AsRef<str>,
{
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        self.pages.next().map(|p| self.pipeline.document(p.as_ref()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.pages.size_hint()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parallel_keeps_order_and_equals_sequential() {
        let pages: Vec<String> = (0..300)
            .map(|i| {
                let body = "<p>Filler sentence for a longer page, in order.</p>".repeat(i % 13);
                format!("<h1>Page {i}</h1>{body}<p>Advertisement</p>")
            })
            .collect();
        let p = crate::default_pipeline();
        let seq: Vec<String> = p.documents(&pages).map(|d| d.text).collect();
        for threads in [1, 2, 5] {
            let mut par = Vec::new();
            p.documents_parallel(pages.iter(), threads, |d| par.push(d.text));
            assert_eq!(par, seq, "{threads} threads");
        }
    }
}
