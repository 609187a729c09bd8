; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [250 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3731649210483418993, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 32, i32 4, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 65536
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 256
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow125, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 128
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 4
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 512
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 8
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  %50 = add i32 %q_pos0, %qi
  %51 = add i32 %50, 1
  %52 = call i32 @llvm.smin.i32(i32 %51, i32 %k_end)
  store i32 %52, ptr %49, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 4096
  %56 = getelementptr i32, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %66, %body6 ]
  %58 = icmp slt i32 %qcol9, 128
  br i1 %58, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %59 = sext i32 %qcol9 to i64
  %60 = getelementptr i32, ptr %rowbuf, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sext i32 %57 to i64
  %63 = mul i64 %59, 32
  %64 = add i64 %63, %62
  %65 = getelementptr i32, ptr %56, i64 %64
  store float %61, ptr %65, align 4
  %66 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %67 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %72, %body10 ], [ 0, %qrow ]
  %68 = icmp slt i32 %otzero13, 1024
  br i1 %68, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %69 = sext i32 %otzero13 to i64
  %70 = mul i64 %69, 16
  %71 = getelementptr i32, ptr %ot, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %73 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = sub i32 %nrows, 1
  %88 = sdiv i32 %87, %nh
  %89 = add i32 %q_begin, %88
  %90 = add i32 %q_pos0, %89
  %91 = add i32 %90, 1
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_end)
  %k_last = sub i32 %92, 1
  br label %ktile

ktile:                                            ; preds = %exit43, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %222, %exit43 ]
  %93 = icmp slt i32 %ktile17, %92
  br i1 %93, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %94 = sub i32 %92, %ktile17
  %95 = call i32 @llvm.smin.i32(i32 48, i32 %94)
  %96 = add i32 %95, 11
  %97 = sdiv i32 %96, 12
  %98 = mul i32 %97, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %99 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %99, ptr %ms, align 64
  %100 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %100, ptr %ls, align 64
  %101 = getelementptr float, ptr %ms, i64 16
  %102 = load <16 x float>, ptr %73, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ls, i64 16
  %104 = load <16 x float>, ptr %74, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ms, i64 32
  %106 = load <16 x float>, ptr %75, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 32
  %108 = load <16 x float>, ptr %76, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ms, i64 48
  %110 = load <16 x float>, ptr %77, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ls, i64 48
  %112 = load <16 x float>, ptr %78, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ms, i64 64
  %114 = load <16 x float>, ptr %79, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ls, i64 64
  %116 = load <16 x float>, ptr %80, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ms, i64 80
  %118 = load <16 x float>, ptr %81, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ls, i64 80
  %120 = load <16 x float>, ptr %82, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ms, i64 96
  %122 = load <16 x float>, ptr %83, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ls, i64 96
  %124 = load <16 x float>, ptr %84, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ms, i64 112
  %126 = load <16 x float>, ptr %85, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ls, i64 112
  %128 = load <16 x float>, ptr %86, align 64
  store <16 x float> %128, ptr %127, align 64
  br label %orow125

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %167, %body18 ]
  %129 = icmp slt i32 %kpack21, %98
  br i1 %129, label %body18, label %exit20

body18:                                           ; preds = %kpack
  %130 = add i32 %ktile17, %kpack21
  %131 = call i32 @llvm.smin.i32(i32 %130, i32 %k_last)
  %132 = sext i32 %131 to i64
  %133 = mul i64 %132, 2048
  %134 = getelementptr i8, ptr %22, i64 %133
  %135 = load <16 x half>, ptr %134, align 2
  %f16 = fpext <16 x half> %135 to <16 x float>
  %136 = sext i32 %kpack21 to i64
  %137 = mul i64 %136, 128
  %138 = getelementptr i32, ptr %kbuf, i64 %137
  store <16 x float> %f16, ptr %138, align 64
  %139 = getelementptr i8, ptr %134, i64 32
  %140 = load <16 x half>, ptr %139, align 2
  %f1622 = fpext <16 x half> %140 to <16 x float>
  %141 = add i64 %137, 16
  %142 = getelementptr i32, ptr %kbuf, i64 %141
  store <16 x float> %f1622, ptr %142, align 64
  %143 = getelementptr i8, ptr %134, i64 64
  %144 = load <16 x half>, ptr %143, align 2
  %f1623 = fpext <16 x half> %144 to <16 x float>
  %145 = add i64 %137, 32
  %146 = getelementptr i32, ptr %kbuf, i64 %145
  store <16 x float> %f1623, ptr %146, align 64
  %147 = getelementptr i8, ptr %134, i64 96
  %148 = load <16 x half>, ptr %147, align 2
  %f1624 = fpext <16 x half> %148 to <16 x float>
  %149 = add i64 %137, 48
  %150 = getelementptr i32, ptr %kbuf, i64 %149
  store <16 x float> %f1624, ptr %150, align 64
  %151 = getelementptr i8, ptr %134, i64 128
  %152 = load <16 x half>, ptr %151, align 2
  %f1625 = fpext <16 x half> %152 to <16 x float>
  %153 = add i64 %137, 64
  %154 = getelementptr i32, ptr %kbuf, i64 %153
  store <16 x float> %f1625, ptr %154, align 64
  %155 = getelementptr i8, ptr %134, i64 160
  %156 = load <16 x half>, ptr %155, align 2
  %f1626 = fpext <16 x half> %156 to <16 x float>
  %157 = add i64 %137, 80
  %158 = getelementptr i32, ptr %kbuf, i64 %157
  store <16 x float> %f1626, ptr %158, align 64
  %159 = getelementptr i8, ptr %134, i64 192
  %160 = load <16 x half>, ptr %159, align 2
  %f1627 = fpext <16 x half> %160 to <16 x float>
  %161 = add i64 %137, 96
  %162 = getelementptr i32, ptr %kbuf, i64 %161
  store <16 x float> %f1627, ptr %162, align 64
  %163 = getelementptr i8, ptr %134, i64 224
  %164 = load <16 x half>, ptr %163, align 2
  %f1628 = fpext <16 x half> %164 to <16 x float>
  %165 = add i64 %137, 112
  %166 = getelementptr i32, ptr %kbuf, i64 %165
  store <16 x float> %f1628, ptr %166, align 64
  %167 = add nsw i32 %kpack21, 1
  br label %kpack

exit20:                                           ; preds = %kpack
  %168 = sext i32 %ktile17 to i64
  %169 = mul i64 %168, 2048
  br label %vpack

vpack:                                            ; preds = %body29, %exit20
  %vpack32 = phi i32 [ 0, %exit20 ], [ %207, %body29 ]
  %170 = icmp slt i32 %vpack32, %95
  br i1 %170, label %body29, label %exit31

body29:                                           ; preds = %vpack
  %171 = add i32 %ktile17, %vpack32
  %172 = sext i32 %171 to i64
  %173 = mul i64 %172, 2048
  %174 = getelementptr i8, ptr %24, i64 %173
  %175 = load <16 x half>, ptr %174, align 2
  %f1633 = fpext <16 x half> %175 to <16 x float>
  %176 = sext i32 %vpack32 to i64
  %177 = mul i64 %176, 128
  %178 = getelementptr i32, ptr %vbuf, i64 %177
  store <16 x float> %f1633, ptr %178, align 64
  %179 = getelementptr i8, ptr %174, i64 32
  %180 = load <16 x half>, ptr %179, align 2
  %f1634 = fpext <16 x half> %180 to <16 x float>
  %181 = add i64 %177, 16
  %182 = getelementptr i32, ptr %vbuf, i64 %181
  store <16 x float> %f1634, ptr %182, align 64
  %183 = getelementptr i8, ptr %174, i64 64
  %184 = load <16 x half>, ptr %183, align 2
  %f1635 = fpext <16 x half> %184 to <16 x float>
  %185 = add i64 %177, 32
  %186 = getelementptr i32, ptr %vbuf, i64 %185
  store <16 x float> %f1635, ptr %186, align 64
  %187 = getelementptr i8, ptr %174, i64 96
  %188 = load <16 x half>, ptr %187, align 2
  %f1636 = fpext <16 x half> %188 to <16 x float>
  %189 = add i64 %177, 48
  %190 = getelementptr i32, ptr %vbuf, i64 %189
  store <16 x float> %f1636, ptr %190, align 64
  %191 = getelementptr i8, ptr %174, i64 128
  %192 = load <16 x half>, ptr %191, align 2
  %f1637 = fpext <16 x half> %192 to <16 x float>
  %193 = add i64 %177, 64
  %194 = getelementptr i32, ptr %vbuf, i64 %193
  store <16 x float> %f1637, ptr %194, align 64
  %195 = getelementptr i8, ptr %174, i64 160
  %196 = load <16 x half>, ptr %195, align 2
  %f1638 = fpext <16 x half> %196 to <16 x float>
  %197 = add i64 %177, 80
  %198 = getelementptr i32, ptr %vbuf, i64 %197
  store <16 x float> %f1638, ptr %198, align 64
  %199 = getelementptr i8, ptr %174, i64 192
  %200 = load <16 x half>, ptr %199, align 2
  %f1639 = fpext <16 x half> %200 to <16 x float>
  %201 = add i64 %177, 96
  %202 = getelementptr i32, ptr %vbuf, i64 %201
  store <16 x float> %f1639, ptr %202, align 64
  %203 = getelementptr i8, ptr %174, i64 224
  %204 = load <16 x half>, ptr %203, align 2
  %f1640 = fpext <16 x half> %204 to <16 x float>
  %205 = add i64 %177, 112
  %206 = getelementptr i32, ptr %vbuf, i64 %205
  store <16 x float> %f1640, ptr %206, align 64
  %207 = add nsw i32 %vpack32, 1
  br label %vpack

exit31:                                           ; preds = %vpack
  %208 = add i32 %nrows, 31
  %nblk = sdiv i32 %208, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit31
  %rblock44 = phi i32 [ 0, %exit31 ], [ %233, %join ]
  %209 = icmp slt i32 %rblock44, %nblk
  br i1 %209, label %body41, label %exit43

body41:                                           ; preds = %rblock
  %210 = sext i32 %rblock44 to i64
  %211 = mul i32 %rblock44, 32
  %212 = add i32 %211, 31
  %213 = call i32 @llvm.smin.i32(i32 %212, i32 %87)
  %214 = sdiv i32 %213, %nh
  %215 = add i32 %q_begin, %214
  %216 = add i32 %q_pos0, %215
  %217 = add i32 %216, 1
  %218 = call i32 @llvm.smin.i32(i32 %217, i32 %k_end)
  %219 = sub i32 %218, %ktile17
  %220 = call i32 @llvm.smin.i32(i32 %95, i32 %219)
  %221 = icmp sgt i32 %220, 0
  br i1 %221, label %rvisit, label %join

exit43:                                           ; preds = %rblock
  %222 = add nsw i32 %ktile17, 48
  br label %ktile

rvisit:                                           ; preds = %body41
  %223 = mul i64 %210, 4096
  %224 = getelementptr i32, ptr %qt, i64 %223
  %225 = getelementptr i32, ptr %ot, i64 %223
  %226 = mul i64 %210, 2
  %227 = getelementptr <16 x float>, ptr %mv, i64 %226
  %228 = getelementptr <16 x float>, ptr %lv, i64 %226
  %229 = mul i64 %210, 32
  %230 = getelementptr i32, ptr %lims, i64 %229
  %limv = load <16 x i32>, ptr %230, align 64
  %231 = add i64 %229, 16
  %232 = getelementptr i32, ptr %lims, i64 %231
  %limv45 = load <16 x i32>, ptr %232, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body41
  %233 = add nsw i32 %rblock44, 1
  br label %rblock

sblock:                                           ; preds = %exit52, %rvisit
  %sblock49 = phi i32 [ 0, %rvisit ], [ %317, %exit52 ]
  %234 = icmp slt i32 %sblock49, %220
  br i1 %234, label %body46, label %smask

body46:                                           ; preds = %sblock
  %235 = sext i32 %sblock49 to i64
  %236 = mul i64 %235, 128
  %237 = getelementptr i32, ptr %kbuf, i64 %236
  br label %sdim

sdim:                                             ; preds = %body50, %body46
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %290, %body50 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %289, %body50 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %286, %body50 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %285, %body50 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %282, %body50 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %281, %body50 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %278, %body50 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %277, %body50 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %274, %body50 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %273, %body50 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %270, %body50 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %269, %body50 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %266, %body50 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %265, %body50 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %262, %body50 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %261, %body50 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %258, %body50 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %257, %body50 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %254, %body50 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %253, %body50 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %250, %body50 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %249, %body50 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %246, %body50 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %245, %body50 ]
  %sdim53 = phi i32 [ 0, %body46 ], [ %291, %body50 ]
  %238 = icmp slt i32 %sdim53, 128
  br i1 %238, label %body50, label %exit52

body50:                                           ; preds = %sdim
  %239 = sext i32 %sdim53 to i64
  %240 = mul i64 %239, 32
  %241 = getelementptr i32, ptr %224, i64 %240
  %qt54 = load <16 x float>, ptr %241, align 64
  %242 = getelementptr i32, ptr %241, i64 16
  %qt55 = load <16 x float>, ptr %242, align 64
  %243 = getelementptr i32, ptr %237, i64 %239
  %k = load float, ptr %243, align 4
  %244 = insertelement <16 x float> poison, float %k, i32 0
  %splat56 = shufflevector <16 x float> %244, <16 x float> poison, <16 x i32> zeroinitializer
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat56, <16 x float> %sacc.sroa.0.0)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat56, <16 x float> %sacc.sroa.4.0)
  %247 = getelementptr i32, ptr %243, i64 128
  %k57 = load float, ptr %247, align 4
  %248 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %248, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat58, <16 x float> %sacc.sroa.8.0)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat58, <16 x float> %sacc.sroa.12.0)
  %251 = getelementptr i32, ptr %243, i64 256
  %k59 = load float, ptr %251, align 4
  %252 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat60, <16 x float> %sacc.sroa.16.0)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat60, <16 x float> %sacc.sroa.20.0)
  %255 = getelementptr i32, ptr %243, i64 384
  %k61 = load float, ptr %255, align 4
  %256 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %256, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat62, <16 x float> %sacc.sroa.24.0)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %259 = getelementptr i32, ptr %243, i64 512
  %k63 = load float, ptr %259, align 4
  %260 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %260, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %263 = getelementptr i32, ptr %243, i64 640
  %k65 = load float, ptr %263, align 4
  %264 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %264, <16 x float> poison, <16 x i32> zeroinitializer
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat66, <16 x float> %sacc.sroa.44.0)
  %267 = getelementptr i32, ptr %243, i64 768
  %k67 = load float, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat68, <16 x float> %sacc.sroa.48.0)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat68, <16 x float> %sacc.sroa.52.0)
  %271 = getelementptr i32, ptr %243, i64 896
  %k69 = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat70, <16 x float> %sacc.sroa.56.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat70, <16 x float> %sacc.sroa.60.0)
  %275 = getelementptr i32, ptr %243, i64 1024
  %k71 = load float, ptr %275, align 4
  %276 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat72, <16 x float> %sacc.sroa.64.0)
  %278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat72, <16 x float> %sacc.sroa.68.0)
  %279 = getelementptr i32, ptr %243, i64 1152
  %k73 = load float, ptr %279, align 4
  %280 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %280, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat74, <16 x float> %sacc.sroa.72.0)
  %282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat74, <16 x float> %sacc.sroa.76.0)
  %283 = getelementptr i32, ptr %243, i64 1280
  %k75 = load float, ptr %283, align 4
  %284 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat76, <16 x float> %sacc.sroa.80.0)
  %286 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat76, <16 x float> %sacc.sroa.84.0)
  %287 = getelementptr i32, ptr %243, i64 1408
  %k77 = load float, ptr %287, align 4
  %288 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %288, <16 x float> poison, <16 x i32> zeroinitializer
  %289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat78, <16 x float> %sacc.sroa.88.0)
  %290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat78, <16 x float> %sacc.sroa.92.0)
  %291 = add nsw i32 %sdim53, 1
  br label %sdim

exit52:                                           ; preds = %sdim
  %292 = mul i64 %235, 32
  %293 = getelementptr i32, ptr %st, i64 %292
  store <16 x float> %sacc.sroa.0.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %293, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %293, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %293, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %293, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %293, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %293, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %293, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %293, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %293, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %293, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %293, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %293, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %293, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %293, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %293, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %293, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %293, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %293, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %293, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %293, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %293, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %314, align 64
  %315 = getelementptr i32, ptr %293, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %315, align 64
  %316 = getelementptr i32, ptr %293, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %316, align 64
  %317 = add nsw i32 %sblock49, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body79
  %tmax.sroa.4.0 = phi <16 x float> [ %331, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %326, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask82 = phi i32 [ %332, %body79 ], [ 0, %sblock ]
  %318 = icmp slt i32 %smask82, %220
  br i1 %318, label %body79, label %exit81

body79:                                           ; preds = %smask
  %319 = add i32 %ktile17, %smask82
  %320 = insertelement <16 x i32> poison, i32 %319, i32 0
  %splat83 = shufflevector <16 x i32> %320, <16 x i32> poison, <16 x i32> zeroinitializer
  %321 = sext i32 %smask82 to i64
  %322 = mul i64 %321, 32
  %323 = getelementptr i32, ptr %st, i64 %322
  %s = load <16 x float>, ptr %323, align 64
  %324 = icmp slt <16 x i32> %splat83, %limv
  %325 = select <16 x i1> %324, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %325, ptr %323, align 64
  %326 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %325)
  %327 = add i64 %322, 16
  %328 = getelementptr i32, ptr %st, i64 %327
  %s84 = load <16 x float>, ptr %328, align 64
  %329 = icmp slt <16 x i32> %splat83, %limv45
  %330 = select <16 x i1> %329, <16 x float> %s84, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %330, ptr %328, align 64
  %331 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %330)
  %332 = add nsw i32 %smask82, 1
  br label %smask

exit81:                                           ; preds = %smask
  %m = load <16 x float>, ptr %227, align 64
  %333 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %334 = fcmp oeq <16 x float> %333, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse85 = select <16 x i1> %334, <16 x float> zeroinitializer, <16 x float> %333
  %335 = fsub <16 x float> %m, %muse85
  %336 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %335, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %337 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %336, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %338 = fadd <16 x float> %337, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %337, %n
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %339, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %345 = fptosi <16 x float> %n to <16 x i32>
  %346 = add <16 x i32> %345, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %347 = shl <16 x i32> %346, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %348 = bitcast <16 x i32> %347 to <16 x float>
  %exp2 = fmul <16 x float> %344, %348
  store <16 x float> %333, ptr %227, align 64
  %349 = getelementptr <16 x float>, ptr %227, i64 1
  %m86 = load <16 x float>, ptr %349, align 64
  %350 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m86, <16 x float> %tmax.sroa.4.0)
  %351 = fcmp oeq <16 x float> %350, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse87 = select <16 x i1> %351, <16 x float> zeroinitializer, <16 x float> %350
  %352 = fsub <16 x float> %m86, %muse87
  %353 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %352, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %354 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %353, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %355 = fadd <16 x float> %354, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %355, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %354, %n88
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %362 = fptosi <16 x float> %n88 to <16 x i32>
  %363 = add <16 x i32> %362, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %364 = shl <16 x i32> %363, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %365 = bitcast <16 x i32> %364 to <16 x float>
  %exp290 = fmul <16 x float> %361, %365
  store <16 x float> %350, ptr %349, align 64
  br label %sexp

sexp:                                             ; preds = %body91, %exit81
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %403, %body91 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %385, %body91 ]
  %sexp94 = phi i32 [ 0, %exit81 ], [ %404, %body91 ]
  %366 = icmp slt i32 %sexp94, %220
  br i1 %366, label %body91, label %exit93

body91:                                           ; preds = %sexp
  %367 = sext i32 %sexp94 to i64
  %368 = mul i64 %367, 32
  %369 = getelementptr i32, ptr %st, i64 %368
  %370 = load <16 x float>, ptr %369, align 64
  %371 = fsub <16 x float> %370, %muse85
  %372 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %371, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %373 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %372, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %374 = fadd <16 x float> %373, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %374, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %373, %n95
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %376, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %381 = fptosi <16 x float> %n95 to <16 x i32>
  %382 = add <16 x i32> %381, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %383 = shl <16 x i32> %382, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %384 = bitcast <16 x i32> %383 to <16 x float>
  %exp297 = fmul <16 x float> %380, %384
  store <16 x float> %exp297, ptr %369, align 64
  %385 = fadd <16 x float> %lsum.sroa.0.0, %exp297
  %386 = add i64 %368, 16
  %387 = getelementptr i32, ptr %st, i64 %386
  %388 = load <16 x float>, ptr %387, align 64
  %389 = fsub <16 x float> %388, %muse87
  %390 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %389, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %391 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %390, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %392 = fadd <16 x float> %391, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n98 = fsub <16 x float> %392, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f99 = fsub <16 x float> %391, %n98
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f99, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f99, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f99, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f99, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f99, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f99, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %399 = fptosi <16 x float> %n98 to <16 x i32>
  %400 = add <16 x i32> %399, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %401 = shl <16 x i32> %400, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %402 = bitcast <16 x i32> %401 to <16 x float>
  %exp2100 = fmul <16 x float> %398, %402
  store <16 x float> %exp2100, ptr %387, align 64
  %403 = fadd <16 x float> %lsum.sroa.4.0, %exp2100
  %404 = add nsw i32 %sexp94, 1
  br label %sexp

exit93:                                           ; preds = %sexp
  %405 = load <16 x float>, ptr %228, align 64
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %405, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %406, ptr %228, align 64
  %407 = getelementptr <16 x float>, ptr %228, i64 1
  %408 = load <16 x float>, ptr %407, align 64
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %exp290, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %409, ptr %407, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit107, %exit93
  %pvblock104 = phi i32 [ 0, %exit93 ], [ %503, %exit107 ]
  %410 = icmp slt i32 %pvblock104, 16
  br i1 %410, label %body101, label %join

body101:                                          ; preds = %pvblock
  %411 = mul i32 %pvblock104, 8
  %412 = sext i32 %411 to i64
  %413 = mul i64 %412, 32
  %414 = getelementptr i32, ptr %225, i64 %413
  %415 = load <16 x float>, ptr %414, align 64
  %416 = fmul <16 x float> %415, %exp2
  %417 = getelementptr i32, ptr %414, i64 16
  %418 = load <16 x float>, ptr %417, align 64
  %419 = fmul <16 x float> %418, %exp290
  %420 = getelementptr i32, ptr %414, i64 32
  %421 = load <16 x float>, ptr %420, align 64
  %422 = fmul <16 x float> %421, %exp2
  %423 = getelementptr i32, ptr %414, i64 48
  %424 = load <16 x float>, ptr %423, align 64
  %425 = fmul <16 x float> %424, %exp290
  %426 = getelementptr i32, ptr %414, i64 64
  %427 = load <16 x float>, ptr %426, align 64
  %428 = fmul <16 x float> %427, %exp2
  %429 = getelementptr i32, ptr %414, i64 80
  %430 = load <16 x float>, ptr %429, align 64
  %431 = fmul <16 x float> %430, %exp290
  %432 = getelementptr i32, ptr %414, i64 96
  %433 = load <16 x float>, ptr %432, align 64
  %434 = fmul <16 x float> %433, %exp2
  %435 = getelementptr i32, ptr %414, i64 112
  %436 = load <16 x float>, ptr %435, align 64
  %437 = fmul <16 x float> %436, %exp290
  %438 = getelementptr i32, ptr %414, i64 128
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fmul <16 x float> %439, %exp2
  %441 = getelementptr i32, ptr %414, i64 144
  %442 = load <16 x float>, ptr %441, align 64
  %443 = fmul <16 x float> %442, %exp290
  %444 = getelementptr i32, ptr %414, i64 160
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fmul <16 x float> %445, %exp2
  %447 = getelementptr i32, ptr %414, i64 176
  %448 = load <16 x float>, ptr %447, align 64
  %449 = fmul <16 x float> %448, %exp290
  %450 = getelementptr i32, ptr %414, i64 192
  %451 = load <16 x float>, ptr %450, align 64
  %452 = fmul <16 x float> %451, %exp2
  %453 = getelementptr i32, ptr %414, i64 208
  %454 = load <16 x float>, ptr %453, align 64
  %455 = fmul <16 x float> %454, %exp290
  %456 = getelementptr i32, ptr %414, i64 224
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fmul <16 x float> %457, %exp2
  %459 = getelementptr i32, ptr %414, i64 240
  %460 = load <16 x float>, ptr %459, align 64
  %461 = fmul <16 x float> %460, %exp290
  br label %kpv

kpv:                                              ; preds = %body105, %body101
  %o.sroa.44.0 = phi <16 x float> [ %449, %body101 ], [ %493, %body105 ]
  %o.sroa.40.0 = phi <16 x float> [ %446, %body101 ], [ %492, %body105 ]
  %o.sroa.36.0 = phi <16 x float> [ %443, %body101 ], [ %489, %body105 ]
  %o.sroa.32.0 = phi <16 x float> [ %440, %body101 ], [ %488, %body105 ]
  %o.sroa.28.0 = phi <16 x float> [ %437, %body101 ], [ %485, %body105 ]
  %o.sroa.24.0 = phi <16 x float> [ %434, %body101 ], [ %484, %body105 ]
  %o.sroa.20.0 = phi <16 x float> [ %431, %body101 ], [ %481, %body105 ]
  %o.sroa.16.0 = phi <16 x float> [ %428, %body101 ], [ %480, %body105 ]
  %o.sroa.12.0 = phi <16 x float> [ %425, %body101 ], [ %477, %body105 ]
  %o.sroa.8.0 = phi <16 x float> [ %422, %body101 ], [ %476, %body105 ]
  %o.sroa.4.0 = phi <16 x float> [ %419, %body101 ], [ %473, %body105 ]
  %o.sroa.0.0 = phi <16 x float> [ %416, %body101 ], [ %472, %body105 ]
  %o.sroa.48.0 = phi <16 x float> [ %452, %body101 ], [ %496, %body105 ]
  %o.sroa.52.0 = phi <16 x float> [ %455, %body101 ], [ %497, %body105 ]
  %o.sroa.56.0 = phi <16 x float> [ %458, %body101 ], [ %500, %body105 ]
  %o.sroa.60.0 = phi <16 x float> [ %461, %body101 ], [ %501, %body105 ]
  %kpv108 = phi i32 [ 0, %body101 ], [ %502, %body105 ]
  %462 = icmp slt i32 %kpv108, %220
  br i1 %462, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %463 = sext i32 %kpv108 to i64
  %464 = mul i64 %463, 32
  %465 = getelementptr i32, ptr %st, i64 %464
  %p = load <16 x float>, ptr %465, align 64
  %466 = add i64 %464, 16
  %467 = getelementptr i32, ptr %st, i64 %466
  %p109 = load <16 x float>, ptr %467, align 64
  %468 = mul i64 %463, 512
  %469 = getelementptr i8, ptr %vbuf, i64 %468
  %470 = getelementptr i32, ptr %469, i64 %412
  %v = load float, ptr %470, align 4
  %471 = insertelement <16 x float> poison, float %v, i32 0
  %splat110 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.0.0)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat110, <16 x float> %o.sroa.4.0)
  %474 = getelementptr i32, ptr %470, i64 1
  %v111 = load float, ptr %474, align 4
  %475 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.8.0)
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat112, <16 x float> %o.sroa.12.0)
  %478 = getelementptr i32, ptr %470, i64 2
  %v113 = load float, ptr %478, align 4
  %479 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %479, <16 x float> poison, <16 x i32> zeroinitializer
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.16.0)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat114, <16 x float> %o.sroa.20.0)
  %482 = getelementptr i32, ptr %470, i64 3
  %v115 = load float, ptr %482, align 4
  %483 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %483, <16 x float> poison, <16 x i32> zeroinitializer
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.24.0)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat116, <16 x float> %o.sroa.28.0)
  %486 = getelementptr i32, ptr %470, i64 4
  %v117 = load float, ptr %486, align 4
  %487 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %487, <16 x float> poison, <16 x i32> zeroinitializer
  %488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.32.0)
  %489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat118, <16 x float> %o.sroa.36.0)
  %490 = getelementptr i32, ptr %470, i64 5
  %v119 = load float, ptr %490, align 4
  %491 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %491, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.40.0)
  %493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat120, <16 x float> %o.sroa.44.0)
  %494 = getelementptr i32, ptr %470, i64 6
  %v121 = load float, ptr %494, align 4
  %495 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %495, <16 x float> poison, <16 x i32> zeroinitializer
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.48.0)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat122, <16 x float> %o.sroa.52.0)
  %498 = getelementptr i32, ptr %470, i64 7
  %v123 = load float, ptr %498, align 4
  %499 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %499, <16 x float> poison, <16 x i32> zeroinitializer
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.56.0)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat124, <16 x float> %o.sroa.60.0)
  %502 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %414, align 64
  store <16 x float> %o.sroa.4.0, ptr %417, align 64
  store <16 x float> %o.sroa.8.0, ptr %420, align 64
  store <16 x float> %o.sroa.12.0, ptr %423, align 64
  store <16 x float> %o.sroa.16.0, ptr %426, align 64
  store <16 x float> %o.sroa.20.0, ptr %429, align 64
  store <16 x float> %o.sroa.24.0, ptr %432, align 64
  store <16 x float> %o.sroa.28.0, ptr %435, align 64
  store <16 x float> %o.sroa.32.0, ptr %438, align 64
  store <16 x float> %o.sroa.36.0, ptr %441, align 64
  store <16 x float> %o.sroa.40.0, ptr %444, align 64
  store <16 x float> %o.sroa.44.0, ptr %447, align 64
  store <16 x float> %o.sroa.48.0, ptr %450, align 64
  store <16 x float> %o.sroa.52.0, ptr %453, align 64
  store <16 x float> %o.sroa.56.0, ptr %456, align 64
  store <16 x float> %o.sroa.60.0, ptr %459, align 64
  %503 = add nsw i32 %pvblock104, 1
  br label %pvblock

orow125:                                          ; preds = %written, %exit16
  %orow129 = phi i32 [ 0, %exit16 ], [ %539, %written ]
  %504 = icmp slt i32 %orow129, %nrows
  br i1 %504, label %body126, label %done

body126:                                          ; preds = %orow125
  %505 = sext i32 %orow129 to i64
  %506 = getelementptr float, ptr %ms, i64 %505
  %m130 = load float, ptr %506, align 4
  %507 = getelementptr float, ptr %ls, i64 %505
  %l = load float, ptr %507, align 4
  %508 = sdiv i32 %orow129, 32
  %509 = srem i32 %orow129, 32
  %510 = sext i32 %508 to i64
  %511 = mul i64 %510, 4096
  %512 = getelementptr i32, ptr %ot, i64 %511
  br label %otrow

otrow:                                            ; preds = %body131, %body126
  %otrow134 = phi i32 [ 0, %body126 ], [ %521, %body131 ]
  %513 = icmp slt i32 %otrow134, 128
  br i1 %513, label %body131, label %exit133

body131:                                          ; preds = %otrow
  %514 = sext i32 %509 to i64
  %515 = sext i32 %otrow134 to i64
  %516 = mul i64 %515, 32
  %517 = add i64 %516, %514
  %518 = getelementptr i32, ptr %512, i64 %517
  %519 = load float, ptr %518, align 4
  %520 = getelementptr i32, ptr %rowbuf, i64 %515
  store float %519, ptr %520, align 4
  %521 = add nsw i32 %otrow134, 1
  br label %otrow

exit133:                                          ; preds = %otrow
  %522 = icmp ne ptr %part, null
  br i1 %522, label %partial, label %final

partial:                                          ; preds = %exit133
  %523 = sext i32 %nrows to i64
  %524 = mul i64 %505, 128
  %525 = getelementptr float, ptr %part, i64 %524
  br label %chunk135

final:                                            ; preds = %exit133
  %526 = sdiv i32 %orow129, %nh
  %qi140 = add i32 %q_begin, %526
  %527 = srem i32 %orow129, %nh
  %h141 = add i32 %h_begin, %527
  %528 = mul i32 %kv_head, 4
  %hq142 = add i32 %528, %h141
  %529 = sext i32 %qi140 to i64
  %530 = add i64 %q_row0, %529
  %531 = mul i64 %530, 32
  %532 = sext i32 %hq142 to i64
  %orow143 = add i64 %531, %532
  %533 = fcmp oeq float %l, 0.000000e+00
  %534 = fdiv float 1.000000e+00, %l
  %535 = select i1 %533, float 0.000000e+00, float %534
  %536 = mul i64 %orow143, 512
  %537 = getelementptr i8, ptr %out, i64 %536
  %538 = insertelement <16 x float> poison, float %535, i32 0
  %splat144 = shufflevector <16 x float> %538, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk145

written:                                          ; preds = %exit148, %exit138
  %539 = add nsw i32 %orow129, 1
  br label %orow125

chunk135:                                         ; preds = %body136, %partial
  %chunk139 = phi i64 [ 0, %partial ], [ %545, %body136 ]
  %540 = icmp slt i64 %chunk139, 8
  br i1 %540, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %541 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %542 = load <16 x float>, ptr %541, align 64
  %543 = mul i64 %chunk139, 64
  %544 = getelementptr i8, ptr %525, i64 %543
  store <16 x float> %542, ptr %544, align 4
  %545 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %546 = mul i64 %523, 128
  %547 = add i64 %546, %505
  %548 = getelementptr float, ptr %part, i64 %547
  store float %m130, ptr %548, align 4
  %549 = add i64 %547, %523
  %550 = getelementptr float, ptr %part, i64 %549
  store float %l, ptr %550, align 4
  br label %written

chunk145:                                         ; preds = %body146, %final
  %chunk149 = phi i64 [ 0, %final ], [ %557, %body146 ]
  %551 = icmp slt i64 %chunk149, 8
  br i1 %551, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %552 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %553 = load <16 x float>, ptr %552, align 64
  %554 = fmul <16 x float> %553, %splat144
  %555 = mul i64 %chunk149, 64
  %556 = getelementptr i8, ptr %537, i64 %555
  store <16 x float> %554, ptr %556, align 4
  %557 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %558 = call float @llvm.log.f32(float %l)
  %559 = call float @llvm.fmuladd.f32(float %m130, float 0x3FE62E4300000000, float %558)
  %lse150 = select i1 %533, float 0xFFF0000000000000, float %559
  %560 = getelementptr float, ptr %lse, i64 %orow143
  store float %lse150, ptr %560, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @llama3_8b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
