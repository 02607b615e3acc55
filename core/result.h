#pragma once

#include "problem.h"

#include <optional>
#include <utility>

namespace glance {

// A value that passed its rules, or the Problem that says which rule it broke.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Problem problem)
        : m_problem(std::move(problem))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const Problem &problem() const { return m_problem; }

private:
    std::optional<T> m_value;
    Problem m_problem;
};

} // namespace glance
