extension Duration {
    /// The duration in seconds, as a figure to print or divide by.
    public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
